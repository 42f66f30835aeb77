/**
 * The words of the start page and of the app's frame (title, banners, errors): with a few areas,
 * the only Danish words in the first load (../start.ts). The rest of da.ts comes with the first
 * other page.
 */

export const appDa = {
  name: 'Livsbog',
  skipToContent: 'Gå til indholdet',
  loading: 'Et øjeblik …',
  updateAvailable: 'Der er en ny version af Livsbog.',
  updateNow: 'Opdatér nu',
  later: 'Senere',
  offlineReady: 'Livsbog virker nu også uden internet.',
  replacedUnsaved:
    'Livsbog er blevet opdateret i et andet vindue. Det, du ikke har gemt endnu, kan ikke gemmes her. Kopiér det, du vil beholde, og genindlæs så siden.',
  replacedReloading: 'Livsbog er blevet opdateret i et andet vindue. Siden bliver genindlæst …',
  reload: 'Genindlæs',
  newerData:
    'Bøgerne på denne enhed er gemt af en nyere version af Livsbog. Denne version må ikke ændre dem. Opdatér appen (genindlæs siden, når du har internet).',
  dbFailed: 'Livsbog kan ikke åbne sit lager i denne browser. Prøv at genindlæse siden.',
  close: 'Luk',
  cancel: 'Annullér',
  save: 'Gem',
  saved: 'Gemt',
  back: 'Tilbage',
  next: 'Videre',
};

export const langDa = {
  label: 'Sprog',
  da: 'Dansk',
  en: 'English',
};

export const shelfDa = {
  title: 'Livsbog',
  intro:
    'Her kan du sammen med en voksen, du er tryg ved, lave en bog om dit liv: hvor du har boet, dine skoler, de mennesker, der betyder noget, dine billeder og minder.',
  yourBooks: 'Bøger på denne enhed',
  noBooks: 'Der er ingen bøger her endnu.',
  newBook: 'Lav en ny bog',
  openSample: 'Se en eksempelbog',
  openExistingSample: 'Åbn eksempelbogen',
  sampleExplain:
    'Eksempelbogen handler om et opdigtet barn, så du kan se, hvordan en livsbog kan se ud.',
  sampleCreating: 'Laver eksempelbogen …',
  sampleProgress: 'Laver billeder: {{done}} af {{total}}',
  sampleFailed: 'Eksempelbogen kunne ikke laves: {{reason}}',
  openBook: 'Åbn bogen: {{name}}',
  sampleBadge: 'Eksempel',
  aboutLock: 'Hvad beskytter låsen?',
  privacy:
    'Alt bliver på denne enhed. Intet sendes nogen steder hen, medmindre du selv laver en kopi.',
  missingBooks:
    'Dine bøger er ikke længere på denne enhed. Browseren kan have ryddet sit lager. Hent dem tilbage fra din seneste flyttepakke.',
  missingBooksDismiss: 'Vis ikke igen',
};

export const navDa = {
  label: 'Bogens sider',
  meNow: 'Mig nu',
  settings: 'Indstillinger',
  aboutLock: 'Om låsen',
  allBooks: 'Alle bøger',
};

export const errorsDa = {
  'storage-full':
    'Der er ikke mere plads på enheden. Intet er gået tabt. Slet noget, du ikke bruger, og prøv igen.',
  'newer-data':
    'Bøgerne er gemt af en nyere version af Livsbog. Opdatér appen, før du ændrer noget.',
  'book-locked': 'Bogen er låst. Lås den op og prøv igen.',
  'not-found': 'Det findes ikke (længere).',
  damaged: 'Det er beskadiget og kan ikke åbnes.',
  replaced: 'Livsbog er opdateret i et andet vindue. Genindlæs siden; intet er gået tabt.',
  'write-failed': 'Det kunne ikke gemmes. Intet er gået tabt. Prøv igen.',
  'foreign-ids':
    'Flyttepakken har ting, der allerede hører til en anden bog på denne enhed. Derfor kan den ikke lægges sammen med denne bog, heller ikke hvis du prøver igen. Hent den ind som en ny bog i stedet.',
  unknown: 'Noget gik galt. Intet er gået tabt. Prøv igen.',
};
