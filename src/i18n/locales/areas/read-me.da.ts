/**
 * LAES-MIG.txt, the plain-text note in a moving pack, one string per line of the file. Written
 * for a young person who may open the folder years from now without the app: what each file is,
 * how to open it, how to check nothing is lost. Both languages go into one file, Danish first.
 */
export const readMeDa = {
  title: ['LÆS MIG – din livsbog', '======================', ''],
  intro: [
    'Denne mappe er livsbogen "{{nickname}}", gemt {{day}} fra appen Livsbog {{version}}.',
    'Den er din. Gem den et sikkert sted, gerne to steder: fx i din egen Digital Post / e-Boks,',
    'på din telefon, på en computer eller en USB-nøgle.',
    '',
  ],
  filesHeading: ['Filerne', '-------'],
  fileIndex:
    '  data/index.html          Hele bogen som én side. Åbn den i en browser. Kræver ikke internet.',
  filePdf: '  data/livsbog.pdf         Bogen til at læse og printe. Åbnes med enhver PDF-læser.',
  fileMedia:
    '  data/media/              Billederne i fuld kvalitet ({{photos}}), uden stedoplysninger.',
  fileRest: [
    '  data/livsbog.json        Alt i bogen i et åbent format. Kan indlæses i Livsbog igen.',
    '  data/livsbog.schema.json Beskrivelse af livsbog.json (JSON Schema 2020-12).',
    '  data/LAES-MIG.txt        Denne fil.',
    '  bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt',
    '                           Kontrolfiler (BagIt, RFC 8493): viser om noget mangler eller er ændret.',
    '',
  ],
  open: [
    'Sådan åbner du bogen',
    '--------------------',
    '  1. Pak zip-filen ud. Windows: højreklik og vælg "Udpak alle". Mac, iPhone, Android: tryk på den.',
    '  2. Åbn mappen "data" og dobbeltklik på index.html. Billederne vises, når mappen er pakket ud.',
  ],
  openPdf: '  3. Eller åbn livsbog.pdf, som også kan printes.',
  importAgain: [
    '',
    'Indlæs bogen i Livsbog igen',
    '---------------------------',
    '  Åbn Livsbog, vælg at indlæse en bog, og vælg zip-filen. Har du pakket den ud, så pak hele',
    '  mappen ind som zip igen. Livsbog tjekker, at intet mangler eller er ændret, før noget gemmes.',
    '  Du kan lave en ny bog ud fra den eller lægge den sammen med en bog, du allerede har.',
    '',
  ],
  check: [
    'Tjek at intet mangler',
    '---------------------',
    '  Hver fil i "data" har en kontrolsum (SHA-256) i manifest-sha256.txt. Et BagIt-program kan',
    '  tjekke hele mappen, fx bagit-python: bagit.py --validate <mappen>.',
    '  En enkelt fil kan du selv tjekke. Windows: certutil -hashfile data\\index.html SHA256',
    '  Mac og Linux: shasum -a 256 data/index.html',
    '  Tallet skal være det samme som ud for filen i manifest-sha256.txt.',
  ],
  leftOutHeading: ['', 'Ikke med i denne udgave', '-----------------------'],
  leftOut: {
    onlyMe_one: '  - {{count}} ting, der kun var til mig',
    onlyMe_other: '  - {{count}} ting, der kun var til mig',
    protectedPlaces_one: '  - {{count}} hemmelig adresse (selve hjemmet er med, adressen er ikke)',
    protectedPlaces_other:
      '  - {{count}} hemmelige adresser (selve hjemmene er med, adresserne er ikke)',
    hiddenPhotos_one: '  - {{count}} skjult billede',
    hiddenPhotos_other: '  - {{count}} skjulte billeder',
    onlyMePhotos_one: '  - {{count}} billede, der kun hørte til ting, der kun var til mig',
    onlyMePhotos_other: '  - {{count}} billeder, der kun hørte til ting, der kun var til mig',
  },
};
