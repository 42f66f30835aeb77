/** Danish strings for the open book's frame (src/app): the phone's tab bar, "Mere", page titles. */
export const layoutDa = {
  /** The fifth tab on a phone: the pages that do not fit in the tab bar. */
  more: 'Mere',
  /** Under "Alle bøger" on the "Mere" page: leaving the book locks it. */
  allBooksLocks: 'Bogen bliver låst, når du går til alle bøger.',
  /** On the shelf: a book that is still open in this window. */
  open: 'Åben',
  openHint: 'Bogen er åben i dette vindue.',
  lockOpen: 'Lås {{name}}s bog',
  /** Search and filters folded behind one button on a phone; how many are in use. */
  foldActive_one: '{{count}} valgt',
  foldActive_other: '{{count}} valgt',
  searchAndFilters: 'Søg og filtrer',
  addPhotos: 'Læg billeder ind',
  slideshow: 'Lysbilledshow',
  secretAddress: {
    label: 'Hemmelig adresse',
    /** Said by a screen reader for the dots. */
    hidden: 'skjult',
    show: 'Vis',
    showLabel: 'Vis hemmelig adresse',
    hide: 'Skjul',
    hideLabel: 'Skjul hemmelig adresse',
  },
  /** `<title>` of each page. Never anything from inside a book: titles go into the history. */
  title: '{{page}} – Livsbog',
  titles: {
    shelf: 'Alle bøger',
    newBook: 'Ny bog',
    importPack: 'Hent en flyttepakke',
    licences: 'Licenser',
    aboutLock: 'Om låsen',
    notFound: 'Siden findes ikke',
    locked: 'Låst bog',
    meNow: 'Mig nu',
    timeline: 'Tidslinje',
    entry: 'Et minde',
    newEntry: 'Nyt minde',
    editEntry: 'Ret et minde',
    bin: 'Skraldespanden',
    homes: 'Hvor jeg har boet',
    schools: 'Mine skoler',
    people: 'Mennesker',
    person: 'Et menneske',
    newPerson: 'Nyt menneske',
    editPerson: 'Ret et menneske',
    map: 'Netværkskort',
    snapshot: 'Et gammelt netværkskort',
    family: 'Stamtræ',
    photos: 'Billeder',
    movingPack: 'Når jeg flytter',
    settings: 'Indstillinger',
    more: 'Mere',
  },
};
