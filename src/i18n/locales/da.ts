import { binDa } from './areas/bin.da';
import { bookDocumentDa } from './areas/book-document.da';
import { emptyDa } from './areas/empty.da';
import { guardsDa } from './areas/guards.da';
import { packDa } from './areas/pack.da';
import { packImportDa } from './areas/pack-import.da';
import { packImportStartDa } from './areas/pack-import-start.da';
import { layoutDa } from './areas/layout.da';
import { licencesDa } from './areas/licences.da';
import { licencesStartDa } from './areas/licences-start.da';
import { limitsDa } from './areas/limits.da';
import { packMediaDa } from './areas/pack-media.da';
import { coverDa } from './areas/cover.da';
import { datesDa } from './areas/dates.da';
import { peopleDa } from './areas/people.da';
import { photosDa } from './areas/photos.da';
import { galleryDa } from './areas/gallery.da';
import { photoBinDa } from './areas/photo-bin.da';
import { pictureKeyboardDa } from './areas/picture-keyboard.da';
import { meNowPicturesDa } from './areas/me-now-pictures.da';
import { readMeDa } from './areas/read-me.da';
import { roadDa } from './areas/road.da';
import { secretDa } from './areas/secret.da';
import { appDa, errorsDa, langDa, navDa, shelfDa } from './areas/start.da';
import { timelineDa } from './areas/timeline.da';
import { voiceDa } from './areas/voice.da';
import { videoDa } from './areas/video.da';
import { drawingDa } from './areas/drawing.da';
import { papersDa } from './areas/papers.da';

/** Danish is the source language. Every other locale is typed against this object. */
export const da = {
  ...datesDa,
  timeline: timelineDa,
  bookDocument: bookDocumentDa,
  road: roadDa,
  voice: voiceDa,
  video: videoDa,
  drawing: drawingDa,
  papers: papersDa,
  empty: emptyDa,
  photos: photosDa,
  gallery: galleryDa,
  photoBin: photoBinDa,
  bin: binDa,
  people: peopleDa,
  pack: packDa,
  guards: guardsDa,
  packImport: { ...packImportStartDa, ...packImportDa },
  limits: limitsDa,
  licences: { ...licencesStartDa, ...licencesDa },
  pictureKeyboard: pictureKeyboardDa,
  meNowPictures: meNowPicturesDa,
  layout: layoutDa,
  secret: secretDa,
  packMedia: packMediaDa,
  bookCover: coverDa,
  readMe: readMeDa,
  app: appDa,
  lang: langDa,
  shelf: shelfDa,
  cover: {
    nickname: 'Hvad skal bogen hedde? (dit navn eller kaldenavn)',
    nicknameHint: 'Det kan ses på forsiden, også når bogen er låst.',
    avatar: 'Vælg et billede til forsiden',
    colour: 'Vælg en farve',
    birthDate: 'Hvornår er du født? (hvis du vil)',
    birthYear: 'År',
    birthMonth: 'Måned',
    birthDay: 'Dag',
    unknown: 'Ved ikke',
    ageMode: 'Hvordan skal bogen se ud?',
    language: 'Bogens sprog',
    nicknameRequired: 'Skriv et navn til bogen.',
    nicknameTooLong: 'Navnet må højst være {{max}} tegn.',
    birthDateInvalid: 'Den dato findes ikke. Tjek år, måned og dag.',
  },
  ageMode: {
    young: 'Mest billeder (5–9 år)',
    middle: 'Billeder og tekst (10–13 år)',
    teen: 'Mest tekst (14 år og op)',
  },
  colours: {
    sun: 'Gul',
    coral: 'Koral',
    rose: 'Rosa',
    lilac: 'Lilla',
    sky: 'Himmelblå',
    sea: 'Havgrøn',
    leaf: 'Bladgrøn',
    sand: 'Sand',
  },
  avatars: {
    fox: 'Ræv',
    cat: 'Kat',
    dog: 'Hund',
    owl: 'Ugle',
    turtle: 'Skildpadde',
    butterfly: 'Sommerfugl',
    star: 'Stjerne',
    rainbow: 'Regnbue',
    football: 'Fodbold',
    guitar: 'Guitar',
    rocket: 'Raket',
    flower: 'Blomst',
  },
  create: {
    title: 'Lav en ny bog',
    stepOf: 'Trin {{step}} af {{total}}',
    coverStep: 'Forsiden',
    sentenceStep: 'Din hemmelige sætning',
    recoveryStep: 'Reservekoden',
    creating: 'Bogen bliver lavet og låst med din sætning …',
    createFailed: 'Bogen kunne ikke gemmes: {{reason}}',
  },
  sentence: {
    explain:
      'Bogen låses med en hemmelig sætning: nogle ord, som du kan huske. Kun den, der kender sætningen, kan åbne bogen.',
    proposed: 'Forslag til din sætning',
    newWords: 'Andre ord',
    ownWords: 'Skriv selv din sætning',
    yourSentence: 'Din sætning',
    repeat: 'Skriv sætningen igen, så vi ved, du kan huske den',
    mismatch: 'Sætningerne er ikke ens. Prøv igen.',
    strength: 'Styrke: {{level}}',
    strengthWeak: 'Svag',
    strengthOk: 'God',
    strengthStrong: 'Stærk',
    sayIt: 'Sig ordene højt et par gange. Skriv dem ikke på en seddel, der ligger ved enheden.',
  },
  recovery: {
    explain:
      'Hvis sætningen bliver glemt, kan bogen åbnes med denne reservekode. Den vises kun nu. En voksen skal skrive den ned eller printe den og gemme den et sikkert sted – ikke sammen med enheden.',
    codeLabel: 'Reservekode',
    print: 'Print koden',
    confirm: 'Koden er skrevet ned eller printet og gemt et sikkert sted',
    openBook: 'Åbn bogen',
    printTitle: 'Reservekode til Livsbog: {{name}}',
    printDate: 'Lavet {{date}}',
    newCode: 'Lav en ny reservekode',
    newCodeExplain: 'Den gamle kode holder op med at virke.',
    newCodeDone: 'Den nye kode er gemt. Den gamle virker ikke længere.',
  },
  lock: {
    title: '{{name}}s bog er låst',
    sentenceLabel: 'Din hemmelige sætning',
    unlock: 'Lås op',
    unlocking: 'Låser op …',
    useRecovery: 'Jeg har glemt sætningen',
    recoveryLabel: 'Reservekode',
    useSentence: 'Brug sætningen i stedet',
    pinLabel: 'Din pinkode',
    usePin: 'Brug pinkoden',
    wrongSentence: 'Det var ikke den rigtige sætning. Prøv igen.',
    wrongRecovery: 'Reservekoden passer ikke til denne bog.',
    invalidRecovery: 'Reservekoden er ikke skrevet rigtigt. Den har 27 tegn i grupper af fire.',
    wrongPin_one: 'Forkert pinkode. Du har {{count}} forsøg tilbage.',
    wrongPin_other: 'Forkert pinkode. Du har {{count}} forsøg tilbage.',
    pinLockedOut: 'For mange forkerte pinkoder. Brug den hemmelige sætning.',
    tooSoon_one: 'Vent {{count}} sekund, før du prøver igen.',
    tooSoon_other: 'Vent {{count}} sekunder, før du prøver igen.',
    lockNow: 'Lås bogen',
    locked: 'Bogen er låst.',
    sampleHint: 'Det er en eksempelbog. Dens sætning er: {{sentence}}',
    backToShelf: 'Alle bøger',
  },
  nav: navDa,
  meNow: {
    title: 'Mig nu',
    intro: 'Start her og nu: hvem er du i dag?',
    age_one: '{{count}} år',
    age_other: '{{count}} år',
    likes: 'Det kan jeg lide',
    goodAt: 'Det er jeg god til',
    proudOf: 'Det er jeg stolt af',
    dreams: 'Det drømmer jeg om',
    photo: 'Et billede af mig nu',
    choosePhoto: 'Vælg et billede',
    changePhoto: 'Skift billede',
    photoAlt: 'Billede af {{name}} nu',
    photoSaving: 'Gemmer billedet …',
    photoFailed: 'Billedet kunne ikke bruges: {{reason}}',
    notAnImage: 'Filen er ikke et billede, som Livsbog kan læse.',
    inBook: 'I bogen',
    recentPhotos: 'Billeder i bogen',
    photoOf: 'Billede {{n}}',
    damaged_one: '{{count}} ting i bogen er beskadiget og kan ikke åbnes. Resten er i orden.',
    damaged_other: '{{count}} ting i bogen er beskadiget og kan ikke åbnes. Resten er i orden.',
  },
  settings: {
    title: 'Indstillinger',
    bookSection: 'Bogen',
    rename: 'Bogens navn',
    renamed: 'Navnet er gemt.',
    lockSection: 'Lås',
    autoLock: 'Lås automatisk efter (minutter uden brug)',
    autoLockSaved: 'Gemt.',
    pin: 'Pinkode til hurtig oplåsning (4–8 cifre)',
    pinExplain:
      'Mens appen er åben, kan bogen låses op med en pinkode. Når appen lukkes, skal sætningen bruges igen.',
    setPin: 'Gem pinkode',
    pinSet: 'Pinkoden virker, indtil appen lukkes.',
    pinInvalid: 'En pinkode er 4 til 8 cifre.',
    removePin: 'Fjern pinkode',
    noRemember:
      'Livsbog husker ikke bogen på enheden: hver gang appen starter, skal bogen låses op med sætningen eller reservekoden. Det er med vilje. En nøgle, som browseren gemmer, ligger i browserens filer, og en kopi af dem kunne åbne bogen.',
    changeSentence: 'Skift den hemmelige sætning',
    newSentence: 'Ny sætning',
    sentenceChanged: 'Den nye sætning er gemt. Den gamle virker ikke længere.',
    storageSection: 'Lager på enheden',
    persisted: 'Browseren har lovet at gemme bøgerne (varigt lager).',
    notPersisted:
      'Browseren har ikke lovet at gemme bøgerne varigt. Lav jævnligt en kopi af bogen.',
    persistUnknown: 'Browseren fortæller ikke, om lageret er varigt.',
    usage: 'Brugt: {{used}} · Ledigt: {{free}}',
    usageUnknown: 'Browseren fortæller ikke, hvor meget plads der er.',
    deleteSection: 'Slet bogen',
    deleteExplain:
      'Når bogen slettes, er alt i den væk fra denne enhed: tekster, billeder og mennesker. Det kan ikke fortrydes.',
    deleteConfirmLabel: 'Skriv bogens navn ({{name}}) for at bekræfte',
    deleteButton: 'Slet bogen for altid',
    deleteMismatch: 'Navnet passer ikke. Bogen er ikke slettet.',
  },
  aboutLock: {
    title: 'Hvad beskytter låsen?',
    protects: 'Låsen beskytter',
    protectsItems: [
      'Når bogen er låst, er alt i den gemt i hemmelig kode. Andre, der bruger enheden, kan ikke læse den.',
      'Hvis enheden bliver væk eller stjålet, kan ingen læse bogen uden din sætning eller reservekoden.',
      'Bogen låser sig selv, når ingen har brugt den et stykke tid.',
      'Når du låser bogen, bliver den låst i alle faner og vinduer, hvor den er åben.',
      'Livsbog husker aldrig bogen på enheden. Også den, der kopierer browserens filer, skal kende sætningen eller reservekoden.',
    ],
    notProtects: 'Låsen beskytter ikke',
    notProtectsItems: [
      'En person, der kender din sætning eller har fundet reservekoden.',
      'Når bogen er åben, kan den, der sidder ved skærmen, se den. Lås bogen, når du går fra den.',
      'En enhed med skadelige programmer (virus), som kan se, hvad du skriver.',
    ],
    sealedLetters:
      'Breve, der er "forseglet til en dato", er et ritual og ikke en lås: de er beskyttet som resten af bogen, men kan åbnes af den, der kan åbne bogen.',
    backup: 'Bogen findes kun på denne enhed. Lav en kopi, så den ikke går tabt.',
  },
  errors: errorsDa,
  /** How many of each kind: me now, the pack review, a checked pack, an import report. */
  counts: {
    entries_one: '{{count}} ting på tidslinjen',
    entries_other: '{{count}} ting på tidslinjen',
    people_one: '{{count}} person',
    people_other: '{{count}} personer',
    photos_one: '{{count}} billede',
    photos_other: '{{count}} billeder',
    snapshots_one: '{{count}} gemt netværkskort',
    snapshots_other: '{{count}} gemte netværkskort',
  },
  units: {
    bytes: '{{value}} B',
    kb: '{{value}} kB',
    mb: '{{value}} MB',
    gb: '{{value}} GB',
  },
};

export type Resources = typeof da;
