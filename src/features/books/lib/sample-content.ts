import type { Locale } from '@/domain';

/**
 * The words of the fictional sample child. This is book content (what a child would have
 * written), not interface text, so it lives here as data in both languages.
 */
export interface SampleText {
  nickname: string;
  meNow: { likes: string; goodAt: string; proudOf: string; dreams: string };
  homes: [string, string, string];
  homePlace: string;
  homeStories: [string, string, string];
  daycare: string;
  schools: [string, string];
  schoolStory: string;
  memoryTitle: string;
  memoryText: string;
  letterTitle: string;
  letterText: string;
  dreams: [string, string];
  people: { name: string; relation: string }[];
  captions: string[];
}

export const SAMPLE_TEXT: Record<Locale, SampleText> = {
  da: {
    nickname: 'Alma (eksempel)',
    meNow: {
      likes: 'Heste, at tegne og pandekager med syltetøj.',
      goodAt: 'At passe på min lillebror og at løbe stærkt.',
      proudOf: 'At jeg lærte at svømme i sommer.',
      dreams: 'At få en hund en dag.',
    },
    homes: ['Hos mor', 'Hos Hanne og Jens', 'Mit hjem nu'],
    homePlace: 'Adressen er hemmelig',
    homeStories: [
      'Jeg var lille. Mor sang for mig.',
      'Der var en have med et æbletræ og en kat, der hed Mis.',
      'Jeg har mit eget værelse med blå vægge.',
    ],
    daycare: 'Børnehaven Mælkebøtten',
    schools: ['Skovbrynets Skole', 'Åskolen'],
    schoolStory: 'Min lærer hedder Per. Jeg sidder ved siden af Sofie.',
    memoryTitle: 'Dagen ved stranden',
    memoryText: 'Vi byggede et sandslot, og Noah fandt en krabbe.',
    letterTitle: 'Brev fra mormor',
    letterText: 'Kære Alma. Jeg tænker på dig hver dag. Du er modig og god. Kærlig hilsen mormor.',
    dreams: ['Blive dyrlæge', 'Rejse til Island og se heste'],
    people: [
      { name: 'Mor', relation: 'Mor' },
      { name: 'Noah', relation: 'Lillebror (halvbror)' },
      { name: 'Mormor', relation: 'Mormor' },
      { name: 'Hanne', relation: 'Plejemor' },
      { name: 'Jens', relation: 'Plejefar' },
      { name: 'Sofie', relation: 'Bedste ven' },
      { name: 'Ali', relation: 'Kontaktperson' },
      { name: 'Mette', relation: 'Fodboldtræner' },
    ],
    captions: [
      'Mig og mor',
      'Min første cykel',
      'Æbletræet',
      'Noah sover',
      'Børnehaven',
      'Sommer',
      'Fødselsdag',
      'Ved stranden',
      'Mis',
      'Skolestart',
      'Fodbold',
      'Jul',
      'Mormor',
      'Mit værelse',
      'Tegning',
      'Sne',
      'Sofie og mig',
      'Heste',
      'Lejrskole',
      'Mig nu',
    ],
  },
  en: {
    nickname: 'Alma (sample)',
    meNow: {
      likes: 'Horses, drawing and pancakes with jam.',
      goodAt: 'Looking after my little brother and running fast.',
      proudOf: 'That I learned to swim this summer.',
      dreams: 'Getting a dog one day.',
    },
    homes: ['With mum', 'With Hanne and Jens', 'My home now'],
    homePlace: 'The address is secret',
    homeStories: [
      'I was little. Mum sang to me.',
      'There was a garden with an apple tree and a cat called Mis.',
      'I have my own room with blue walls.',
    ],
    daycare: 'Dandelion Kindergarten',
    schools: ['Forest Edge School', 'River School'],
    schoolStory: 'My teacher is called Per. I sit next to Sofie.',
    memoryTitle: 'The day at the beach',
    memoryText: 'We built a sandcastle and Noah found a crab.',
    letterTitle: 'A letter from Grandma',
    letterText: 'Dear Alma. I think of you every day. You are brave and kind. Love, Grandma.',
    dreams: ['Becoming a vet', 'Travelling to Iceland to see horses'],
    people: [
      { name: 'Mum', relation: 'Mother' },
      { name: 'Noah', relation: 'Little brother (half-brother)' },
      { name: 'Grandma', relation: 'Grandmother' },
      { name: 'Hanne', relation: 'Foster mother' },
      { name: 'Jens', relation: 'Foster father' },
      { name: 'Sofie', relation: 'Best friend' },
      { name: 'Ali', relation: 'Contact person' },
      { name: 'Mette', relation: 'Football coach' },
    ],
    captions: [
      'Me and mum',
      'My first bike',
      'The apple tree',
      'Noah asleep',
      'Kindergarten',
      'Summer',
      'Birthday',
      'At the beach',
      'Mis the cat',
      'First day at school',
      'Football',
      'Christmas',
      'Grandma',
      'My room',
      'A drawing',
      'Snow',
      'Sofie and me',
      'Horses',
      'School camp',
      'Me now',
    ],
  },
};
