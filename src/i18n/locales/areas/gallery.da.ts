/**
 * Danish strings of the gallery's kinds of memory (issue 14): photos, drawings, voice notes,
 * videos and papers, their tiles, chips, dialog and players. The source language.
 */
export const galleryDa = {
  /** The chips above the gallery. */
  chips: {
    label: 'Vis',
    all: 'Alle',
    photo: 'Billeder',
    drawing: 'Tegninger',
    voice: 'Lyd',
    video: 'Video',
    paper: 'Papirer',
  },
  /** The word on a tile and before a name read aloud. */
  kind: {
    photo: 'Billede',
    drawing: 'Tegning',
    voice: 'Lyd',
    video: 'Video',
    paper: 'Papir',
  },
  /** A tile's name when the child gave it no words. */
  of: {
    photo: 'Billede fra {{date}}',
    drawing: 'Tegning fra {{date}}',
    voice: 'Lyd fra {{date}}',
    video: 'Video fra {{date}}',
    paper: 'Papir fra {{date}}',
  },
  named: '{{kind}}: {{name}}',
  withLength: '{{name}}, {{length}}',
  pages_one: '{{count}} side',
  pages_other: '{{count}} sider',
  count_one: '{{count}} minde',
  count_other: '{{count}} minder',
  heading: 'Alt i bogen',
  search: 'Søg i galleriet',
  /** The button in the photos' row of buttons that opens the search field. */
  searchToggle: 'Søg',
  searchHint: 'Titel, dine ord, hvem der gav det eller hvem der er med.',
  noMatch: 'Intet passer til din søgning.',
  /** The dialog of one item. */
  details: {
    heading: {
      photo: 'Om billedet',
      drawing: 'Om tegningen',
      voice: 'Om lyden',
      video: 'Om videoen',
      paper: 'Om papiret',
    },
    caption: {
      photo: 'Med dine egne ord: hvad sker der på billedet?',
      drawing: 'Med dine egne ord: hvad har du tegnet?',
      voice: 'Med dine egne ord: hvad handler lyden om?',
      video: 'Med dine egne ord: hvad sker der i videoen?',
      paper: 'Med dine egne ord: hvad står der i papiret?',
    },
    hide: {
      photo: 'Skjul billedet',
      drawing: 'Skjul tegningen',
      voice: 'Skjul lyden',
      video: 'Skjul videoen',
      paper: 'Skjul papiret',
    },
    when: {
      photo: 'Hvornår er billedet taget?',
      drawing: 'Hvornår har du tegnet det?',
      voice: 'Hvornår er lyden optaget?',
      video: 'Hvornår er videoen optaget?',
      paper: 'Hvornår er papiret fra?',
    },
    title: 'Titel',
    titleHint: 'Fx "Karakterblad fra 6. klasse" eller "Brev fra mor".',
    givenBy: 'Hvem gav dig det?',
    givenByHint: 'Fx "mor", "skolen" eller "Anne fra kommunen".',
    pages: 'Sider',
    length: 'Længde',
    damaged: 'Filen er beskadiget og kan ikke åbnes. Ordene og resten af bogen er i orden.',
  },
  /** "Add a paper": what it is, then the file. */
  paperForm: {
    open: 'Tilføj et papir',
    heading: 'Tilføj et papir',
    intro:
      'Fx et karakterblad, et brev fra mor eller en attest. Skriv, hvad det er, og vælg så filen: en PDF eller et billede af papiret.',
    choose: 'Vælg filen',
    cancel: 'Fortryd',
  },
  /** Playing a voice note or a video. */
  player: {
    loading: 'Åbner …',
    needsReload:
      'Filen er for stor til at åbne i denne fane lige nu. Genindlæs siden, så kan den afspilles.',
    reload: 'Genindlæs siden',
    damaged: 'Filen er beskadiget og kan ikke afspilles. Resten af bogen er i orden.',
    voiceWith: 'Hør lyden til billedet',
    voiceWithTitle: 'Hør: {{title}}',
  },
  /** A paper: opened by saving it as a file the device can open. */
  paper: {
    open: 'Åbn papiret',
    opening: 'Åbner …',
    openHint: 'Papiret hentes som en fil, som din telefon eller computer åbner.',
    noPicture: 'Der er intet billede af første side.',
  },
};
