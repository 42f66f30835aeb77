/** Danish strings of the pack area: "Når jeg flytter", PDF for Digital Post, pack errors. */
export const packDa = {
  title: 'Når jeg flytter',
  navLabel: 'Når jeg flytter',
  intro:
    'Når du flytter, skal du have hele din bog med. Her laver du en flyttepakke: en fil med bogen som PDF, som en side du kan åbne i enhver browser, og alle dine billeder. Den kan gemmes i Digital Post, e-Boks, på en computer eller på en USB-nøgle, og den kan hentes ind i Livsbog igen på en ny telefon eller et nyt sted.',
  lastExport: 'Sidste flyttepakke blev lavet {{date}}.',
  neverExported: 'Der er ikke lavet en flyttepakke af bogen endnu.',
  changedSince: 'Bogen er ændret siden.',
  loading: 'Finder ud af, hvad der er i bogen …',
  damaged_one:
    '{{count}} ting i bogen er beskadiget og kan ikke komme med. Alt det andet kommer med.',
  damaged_other:
    '{{count}} ting i bogen er beskadiget og kan ikke komme med. Alt det andet kommer med.',
  review: {
    heading: 'Det kommer med',
    size: 'Billederne fylder {{size}}.',
    leftOutHeading: 'Det bliver hjemme, medmindre du vælger det',
    onlyMe_one: 'Tag {{count}} ting med, som kun er for mig',
    onlyMe_other: 'Tag {{count}} ting med, som kun er for mig',
    onlyMeHint: 'Ting du har gemt “kun for mig”. Billeder, der kun hører til dem, følger med.',
    protected_one: 'Tag {{count}} hemmelig adresse med',
    protected_other: 'Tag {{count}} hemmelige adresser med',
    protectedHint:
      'Hjemmet kommer med, men uden adresse. Tag kun adressen med, hvis det er helt sikkert.',
    hidden_one: 'Tag {{count}} skjult ting med',
    hidden_other: 'Tag {{count}} skjulte ting med',
    hiddenHint: 'Billeder, tegninger, lyde, videoer og papirer, du har skjult i bogen.',
    nothingLeftOut: 'Alt i bogen kommer med.',
  },
  zip: {
    heading: 'Flyttepakke',
    explain:
      'Én ZIP-fil med det hele. Den kan åbnes uden Livsbog: læs LAES-MIG.txt, når den er pakket ud.',
    make: 'Lav flyttepakken',
    saveAs: 'Du vælger selv, hvor filen skal gemmes.',
    download: 'Filen bliver hentet til din enhed (som en download).',
    progressPdf: 'Laver PDF’en: billede {{done}} af {{total}}',
    progressZip: 'Pakker: {{done}} af {{total}}',
    progressLabel: 'Flyttepakken bliver lavet',
    cancel: 'Stop',
    cancelled: 'Flyttepakken blev stoppet. Der blev ikke gemt noget halvt.',
    saved: 'Flyttepakken er gemt som {{name}} ({{size}}).',
    downloaded: 'Flyttepakken er hentet som {{name}} ({{size}}).',
    downloadAgain: 'Hent filen igen',
    unreadable_one: '{{count}} billede kunne ikke læses og kom ikke med.',
    unreadable_other: '{{count}} billeder kunne ikke læses og kom ikke med.',
    next: 'Gem filen et sikkert sted, fx i Digital Post eller e-Boks, og tag den med, når du flytter.',
  },
  pdf: {
    heading: 'PDF til Digital Post',
    explain:
      'Kun bogen som PDF. Digital Post og e-Boks har grænser for, hvor store filer må være, så PDF’en kan deles op i nummererede dele.',
    partSize: 'Største størrelse på hver del',
    sizeDigitalPost: '9,5 MB (passer til Digital Post)',
    size5: '5 MB',
    size20: '20 MB',
    sizeWhole: 'Ikke delt op',
    make: 'Lav PDF',
    progressLabel: 'PDF’en bliver lavet',
    ready_one: 'PDF’en er klar: {{count}} fil.',
    ready_other: 'PDF’en er klar: {{count}} filer.',
    part: '{{name}}: side {{first}}–{{last}}, {{size}}',
    oversize: 'Denne del er større end grænsen, fordi én side alene fylder så meget.',
    messages_one: 'Det kan sendes i {{count}} besked i Digital Post.',
    messages_other:
      'Det skal sendes i {{count}} beskeder i Digital Post (højst 10 filer pr. besked).',
    message: 'Besked {{index}}: del {{parts}}',
    save: 'Gem {{name}}',
    share: 'Del PDF’en …',
    shareHint: 'Del til fx Digital Post- eller e-Boks-appen.',
    shareFailed: 'PDF’en kunne ikke deles. Gem den i stedet.',
  },
  reminder: {
    never:
      'Der er ikke lavet en flyttepakke af bogen endnu. Flyttepakken er også bogens sikkerhedskopi.',
    due_one:
      'Bogen er ændret, og det er {{count}} dag siden, den sidste flyttepakke blev lavet. Flyttepakken er også bogens sikkerhedskopi.',
    due_other:
      'Bogen er ændret, og det er {{count}} dage siden, den sidste flyttepakke blev lavet. Flyttepakken er også bogens sikkerhedskopi.',
    action: 'Lav en flyttepakke',
  },
  deleteFirst: 'Før du sletter: lav en flyttepakke, så du har det hele med.',
  errors: {
    cancelled: 'Det blev stoppet. Der blev ikke gemt noget halvt.',
    'export-failed': 'Flyttepakken kunne ikke laves. Prøv igen. Bogen er ikke ændret.',
    'import-failed': 'Flyttepakken kunne ikke hentes ind. Bogen er ikke ændret.',
    'worker-crashed':
      'Enheden løb tør for kræfter undervejs. Luk andre apps og prøv igen. Der blev ikke gemt noget halvt.',
    'disk-full': 'Der er ikke plads nok på enheden til filen. Gør plads og prøv igen.',
    'not-a-zip':
      'Filen er ikke en flyttepakke (det er ikke en ZIP-fil, eller den er ikke hentet helt).',
    'corrupt-zip': 'Flyttepakken er beskadiget. Prøv at hente eller kopiere den igen.',
    'unsupported-zip': 'ZIP-filen er lavet på en måde, Livsbog ikke kan læse.',
    encrypted: 'ZIP-filen har en adgangskode. Livsbog kan kun læse flyttepakker uden adgangskode.',
    'too-many-files': 'Der er alt for mange filer i ZIP-filen til at være en flyttepakke.',
    'too-large':
      'Noget i filen er meget større, end en flyttepakke må være. Den blev ikke hentet ind.',
    'bad-path':
      'Filen har navne, der peger uden for pakken (fx “../”). Den blev ikke hentet ind, for den kan være farlig.',
    'duplicate-name': 'Filen har to filer med samme navn. Den blev ikke hentet ind.',
    'not-a-bag': 'Filen er en ZIP-fil, men ikke en flyttepakke fra Livsbog.',
    'missing-file': 'Der mangler en fil i flyttepakken. Prøv at hente eller kopiere den igen.',
    'unexpected-file':
      'Der er en fil i flyttepakken, som ikke hører til. Den blev ikke hentet ind.',
    'checksum-mismatch':
      'En fil i flyttepakken er ændret eller beskadiget, siden pakken blev lavet. Den blev ikke hentet ind.',
    'oxum-mismatch': 'Flyttepakken er ikke hel. Prøv at hente eller kopiere den igen.',
    'bad-json': 'Bogens data i flyttepakken kan ikke læses.',
    'too-deep': 'Bogens data i flyttepakken er bygget forkert op. Den blev ikke hentet ind.',
    'schema-invalid': 'Bogens data i flyttepakken er ikke, som de skal være.',
    'newer-version':
      'Flyttepakken er lavet af en nyere version af Livsbog. Opdatér appen (genindlæs siden, når du har internet), og prøv igen.',
    'bad-reference': 'Bogens data i flyttepakken peger på noget, der ikke findes.',
    'duplicate-id': 'Bogens data i flyttepakken har den samme ting to gange.',
    'bad-photo-type': 'En fil i flyttepakken er ikke det billede, den siger, den er.',
  },
};
