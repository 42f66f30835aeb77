/**
 * LAES-MIG.txt in Danish and English. Written for a young person who may open the folder years
 * from now without the app: what each file is, how to open it, how to check nothing is lost.
 */
import type { LeftOut } from '../types';

export interface ReadMeInfo {
  nickname: string;
  /** The export day in words, in the language of the block. */
  day: string;
  hasPdf: boolean;
  photoCount: number;
  leftOut: LeftOut;
  appVersion: string;
}

/** One thing and many: "1 hemmelig adresse", "2 hemmelige adresser". */
type Counted = readonly [one: string, other: string];

function leftOutLines(l: LeftOut, words: readonly [Counted, Counted, Counted, Counted]): string[] {
  const counts = [l.onlyMe, l.protectedPlaces, l.hiddenPhotos, l.onlyMePhotos];
  return counts.flatMap((n, i) => {
    const [one, other] = words[i] ?? ['', ''];
    return n > 0 ? [`  - ${n} ${n === 1 ? one : other}`] : [];
  });
}

export function readMeDa(i: ReadMeInfo): string[] {
  const left = leftOutLines(i.leftOut, [
    ['ting, der kun var til mig', 'ting, der kun var til mig'],
    [
      'hemmelig adresse (selve hjemmet er med, adressen er ikke)',
      'hemmelige adresser (selve hjemmene er med, adresserne er ikke)',
    ],
    ['skjult billede', 'skjulte billeder'],
    [
      'billede, der kun hørte til ting, der kun var til mig',
      'billeder, der kun hørte til ting, der kun var til mig',
    ],
  ]);
  return [
    'LÆS MIG – din livsbog',
    '======================',
    '',
    `Denne mappe er livsbogen "${i.nickname}", gemt ${i.day} fra appen Livsbog ${i.appVersion}.`,
    'Den er din. Gem den et sikkert sted, gerne to steder: fx i din egen Digital Post / e-Boks,',
    'på din telefon, på en computer eller en USB-nøgle.',
    '',
    'Filerne',
    '-------',
    '  data/index.html          Hele bogen som én side. Åbn den i en browser. Kræver ikke internet.',
    ...(i.hasPdf
      ? ['  data/livsbog.pdf         Bogen til at læse og printe. Åbnes med enhver PDF-læser.']
      : []),
    `  data/media/              Billederne i fuld kvalitet (${i.photoCount}), uden stedoplysninger.`,
    '  data/livsbog.json        Alt i bogen i et åbent format. Kan indlæses i Livsbog igen.',
    '  data/livsbog.schema.json Beskrivelse af livsbog.json (JSON Schema 2020-12).',
    '  data/LAES-MIG.txt        Denne fil.',
    '  bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt',
    '                           Kontrolfiler (BagIt, RFC 8493): viser om noget mangler eller er ændret.',
    '',
    'Sådan åbner du bogen',
    '--------------------',
    '  1. Pak zip-filen ud. Windows: højreklik og vælg "Udpak alle". Mac, iPhone, Android: tryk på den.',
    '  2. Åbn mappen "data" og dobbeltklik på index.html. Billederne vises, når mappen er pakket ud.',
    ...(i.hasPdf ? ['  3. Eller åbn livsbog.pdf, som også kan printes.'] : []),
    '',
    'Indlæs bogen i Livsbog igen',
    '---------------------------',
    '  Åbn Livsbog, vælg at indlæse en bog, og vælg zip-filen. Har du pakket den ud, så pak hele',
    '  mappen ind som zip igen. Livsbog tjekker, at intet mangler eller er ændret, før noget gemmes.',
    '  Du kan lave en ny bog ud fra den eller lægge den sammen med en bog, du allerede har.',
    '',
    'Tjek at intet mangler',
    '---------------------',
    '  Hver fil i "data" har en kontrolsum (SHA-256) i manifest-sha256.txt. Et BagIt-program kan',
    '  tjekke hele mappen, fx bagit-python: bagit.py --validate <mappen>.',
    '  En enkelt fil kan du selv tjekke. Windows: certutil -hashfile data\\index.html SHA256',
    '  Mac og Linux: shasum -a 256 data/index.html',
    '  Tallet skal være det samme som ud for filen i manifest-sha256.txt.',
    ...(left.length ? ['', 'Ikke med i denne udgave', '-----------------------', ...left] : []),
  ];
}

export function readMeEn(i: ReadMeInfo): string[] {
  const left = leftOutLines(i.leftOut, [
    ['item that was "only for me"', 'items that were "only for me"'],
    [
      'secret address (the home is included, its address is not)',
      'secret addresses (the homes are included, their addresses are not)',
    ],
    ['hidden photo', 'hidden photos'],
    [
      'photo that belonged only to "only for me" items',
      'photos that belonged only to "only for me" items',
    ],
  ]);
  return [
    'READ ME – your life book',
    '========================',
    '',
    `This folder is the life book "${i.nickname}", saved on ${i.day} from the Livsbog app ${i.appVersion}.`,
    'It is yours. Keep it somewhere safe, ideally in two places: for example your own Digital Post /',
    'e-Boks, your phone, a computer or a USB stick.',
    '',
    'The files',
    '---------',
    '  data/index.html          The whole book as one page. Open it in a web browser. No internet needed.',
    ...(i.hasPdf
      ? ['  data/livsbog.pdf         The book to read and print. Opens in any PDF reader.']
      : []),
    `  data/media/              The photos in full quality (${i.photoCount}), without location data.`,
    '  data/livsbog.json        Everything in the book in an open format. Livsbog can import it again.',
    '  data/livsbog.schema.json Describes livsbog.json (JSON Schema 2020-12).',
    '  data/LAES-MIG.txt        This file.',
    '  bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt',
    '                           Check files (BagIt, RFC 8493): show whether anything is missing or changed.',
    '',
    'How to open the book',
    '--------------------',
    '  1. Unzip the zip file. Windows: right-click and choose "Extract All". Mac, iPhone, Android: tap it.',
    '  2. Open the "data" folder and double-click index.html. Photos show once the folder is unzipped.',
    ...(i.hasPdf ? ['  3. Or open livsbog.pdf, which can also be printed.'] : []),
    '',
    'Import the book into Livsbog again',
    '----------------------------------',
    '  Open Livsbog, choose to import a book, and pick the zip file. If you unzipped it, zip the whole',
    '  folder again. Livsbog checks that nothing is missing or changed before it saves anything.',
    '  You can make a new book from it or merge it into a book you already have.',
    '',
    'Check that nothing is missing',
    '-----------------------------',
    '  Every file in "data" has a checksum (SHA-256) in manifest-sha256.txt. A BagIt tool can check',
    '  the whole folder, for example bagit-python: bagit.py --validate <folder>.',
    '  You can check one file yourself. Windows: certutil -hashfile data\\index.html SHA256',
    '  Mac and Linux: shasum -a 256 data/index.html',
    '  The number must match the one next to the file in manifest-sha256.txt.',
    ...(left.length ? ['', 'Not in this copy', '----------------', ...left] : []),
  ];
}
