import type { readMeDa } from './read-me.da';

export const readMeEn: typeof readMeDa = {
  title: ['READ ME – your life book', '========================', ''],
  intro: [
    'This folder is the life book "{{nickname}}", saved on {{day}} from the Livsbog app {{version}}.',
    'It is yours. Keep it somewhere safe, ideally in two places: for example your own Digital Post /',
    'e-Boks, your phone, a computer or a USB stick.',
    '',
  ],
  filesHeading: ['The files', '---------'],
  fileIndex:
    '  data/index.html          The whole book as one page. Open it in a web browser. No internet needed.',
  filePdf: '  data/livsbog.pdf         The book to read and print. Opens in any PDF reader.',
  fileMedia:
    '  data/media/              The photos in full quality ({{photos}}), without location data.',
  fileRest: [
    '  data/livsbog.json        Everything in the book in an open format. Livsbog can import it again.',
    '  data/livsbog.schema.json Describes livsbog.json (JSON Schema 2020-12).',
    '  data/LAES-MIG.txt        This file.',
    '  bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt',
    '                           Check files (BagIt, RFC 8493): show whether anything is missing or changed.',
    '',
  ],
  open: [
    'How to open the book',
    '--------------------',
    '  1. Unzip the zip file. Windows: right-click and choose "Extract All". Mac, iPhone, Android: tap it.',
    '  2. Open the "data" folder and double-click index.html. Photos show once the folder is unzipped.',
  ],
  openPdf: '  3. Or open livsbog.pdf, which can also be printed.',
  importAgain: [
    '',
    'Import the book into Livsbog again',
    '----------------------------------',
    '  Open Livsbog, choose to import a book, and pick the zip file. If you unzipped it, zip the whole',
    '  folder again. Livsbog checks that nothing is missing or changed before it saves anything.',
    '  You can make a new book from it or merge it into a book you already have.',
    '',
  ],
  check: [
    'Check that nothing is missing',
    '-----------------------------',
    '  Every file in "data" has a checksum (SHA-256) in manifest-sha256.txt. A BagIt tool can check',
    '  the whole folder, for example bagit-python: bagit.py --validate <folder>.',
    '  You can check one file yourself. Windows: certutil -hashfile data\\index.html SHA256',
    '  Mac and Linux: shasum -a 256 data/index.html',
    '  The number must match the one next to the file in manifest-sha256.txt.',
  ],
  leftOutHeading: ['', 'Not in this copy', '----------------'],
  leftOut: {
    onlyMe_one: '  - {{count}} item that was "only for me"',
    onlyMe_other: '  - {{count}} items that were "only for me"',
    protectedPlaces_one: '  - {{count}} secret address (the home is included, its address is not)',
    protectedPlaces_other:
      '  - {{count}} secret addresses (the homes are included, their addresses are not)',
    hiddenPhotos_one: '  - {{count}} hidden photo',
    hiddenPhotos_other: '  - {{count}} hidden photos',
    onlyMePhotos_one: '  - {{count}} photo that belonged only to "only for me" items',
    onlyMePhotos_other: '  - {{count}} photos that belonged only to "only for me" items',
  },
};
