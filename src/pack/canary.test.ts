// @vitest-environment node
/*
 * Canary scan of a moving pack: a unique string in every sensitive field, then every file of the
 * bag searched for each. A protected home's address, "only me" entries (and the photos that
 * belong only to them) and hidden photos must be in no file unless their box was ticked; the
 * rest must be in livsbog.json, index.html and the PDF, which proves the search can find them.
 * The PDF's text is read back through its fonts' ToUnicode maps (src/testing/pdf-text-fixtures.ts), since
 * pdf-lib writes glyph ids, not letters.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { unzipSync } from 'fflate';

import { pdfFlowText, pdfText } from '@/testing/pdf-text-fixtures';
import { collect, sampleBook, tinyJpeg } from '@/testing/pack-fixtures';
import { buildBookPdf } from './pdf/pdf';
import { DEFAULT_EXPORT_CHOICES, selectForExport } from './select';
import type { BookData, ExportChoices } from './types';
import { writePack } from './write-pack';

const fonts = {
  regular: new Uint8Array(readFileSync('public/fonts/atkinson-hyperlegible-regular.ttf')),
  bold: new Uint8Array(readFileSync('public/fonts/atkinson-hyperlegible-bold.ttf')),
};
const NOW = new Date('2026-03-02T12:00:00Z');

function canary(field: string): string {
  return `CANARY${field}${randomBytes(6).toString('hex').toUpperCase()}`;
}

/** Left out unless chosen; the value is the choice that lets each one through. */
const PRIVATE = {
  protectedAddress: 'includeProtectedPlaces',
  onlyMeTitle: 'includeOnlyMe',
  onlyMeText: 'includeOnlyMe',
  onlyMePlace: 'includeOnlyMe',
  onlyMePhotoCaption: 'includeOnlyMe',
  hiddenPhotoCaption: 'includeHiddenPhotos',
} as const satisfies Record<string, keyof ExportChoices>;

/** Always in the pack. */
const SHARED = [
  'meNowLikes',
  'meNowGoodAt',
  'meNowProudOf',
  'meNowDreams',
  'entryTitle',
  'entryText',
  'entryPlace',
  'adultAuthor',
  'personName',
  'personRelation',
  'personNote',
  'photoCaption',
] as const;

type Field = keyof typeof PRIVATE | (typeof SHARED)[number];

async function canaryBook(): Promise<{
  data: BookData;
  photoBytes: Map<string, Uint8Array<ArrayBuffer>>;
  c: Record<Field, string>;
}> {
  const { data, photoBytes } = await sampleBook();
  const c = Object.fromEntries(
    [...Object.keys(PRIVATE), ...SHARED].map((f) => [f, canary(f)]),
  ) as Record<Field, string>;
  const entry = (id: string) => {
    const e = data.entries.find((x) => x.id === id);
    if (!e) throw new Error(`no entry ${id}`);
    return e;
  };
  const photo = (id: string) => {
    const p = data.photos.find((x) => x.id === id);
    if (!p) throw new Error(`no photo ${id}`);
    return p;
  };
  const person = (id: string) => {
    const p = data.people.find((x) => x.id === id);
    if (!p) throw new Error(`no person ${id}`);
    return p;
  };
  data.book.details.meNow = {
    ...data.book.details.meNow,
    likes: c.meNowLikes,
    goodAt: c.meNowGoodAt,
    proudOf: c.meNowProudOf,
    dreams: c.meNowDreams,
  };
  // A protected home: the entry goes along, its address only when chosen.
  expect(entry('e_foster').protected).toBe(true);
  entry('e_foster').place = `Vej ${c.protectedAddress}`;
  // An "only me" memory with its own photo.
  expect(entry('e_secret').visibility).toBe('only-me');
  Object.assign(entry('e_secret'), {
    title: c.onlyMeTitle,
    text: c.onlyMeText,
    place: c.onlyMePlace,
  });
  photo('ph_secret').caption = c.onlyMePhotoCaption;
  expect(photo('ph_hidden').hidden).toBe(true);
  photo('ph_hidden').caption = c.hiddenPhotoCaption;
  Object.assign(entry('e_beach'), { title: c.entryTitle, text: c.entryText });
  entry('e_birth').place = c.entryPlace;
  entry('e_age').author = { kind: 'adult', name: c.adultAuthor };
  Object.assign(person('p_mormor'), { name: c.personName, note: c.personNote });
  person('p_laerer').relation = c.personRelation;
  photo('ph_beach').caption = c.photoCaption;
  return { data, photoBytes, c };
}

interface ScannedPack {
  /** Every file of the zip, as text (names lower-cased too, to catch file-name slugs). */
  files: Map<string, string>;
  json: string;
  html: string;
  pdf: string;
}

async function exportPack(
  data: BookData,
  photoBytes: Map<string, Uint8Array<ArrayBuffer>>,
  choices: ExportChoices,
): Promise<ScannedPack> {
  const selection = selectForExport(data, choices);
  const pdfBytes = await buildBookPdf(selection.data, {
    locale: 'da',
    fonts,
    now: NOW,
    photoForPdf: () =>
      Promise.resolve({ bytes: tinyJpeg(40, 30), mime: 'image/jpeg', width: 40, height: 30 }),
  });
  const writer = writePack(
    {
      selection,
      pdf: pdfBytes,
      readPhoto: (id) => {
        const bytes = photoBytes.get(id);
        return bytes ? Promise.resolve(new Blob([bytes])) : Promise.reject(new Error('gone'));
      },
    },
    { appVersion: '0.1.0', now: NOW, locale: 'da' },
  );
  const zip = await collect(writer.stream);
  await writer.done;
  const files = new Map<string, string>();
  let json = '';
  let html = '';
  let pdf = '';
  for (const [name, bytes] of Object.entries(unzipSync(zip))) {
    // The name counts too: a photo's file name is made from its caption.
    const content = `${name}\n${new TextDecoder('latin1').decode(bytes)}`;
    files.set(name, content);
    if (name.endsWith('/data/livsbog.json')) json = new TextDecoder().decode(bytes);
    if (name.endsWith('/data/index.html')) html = new TextDecoder().decode(bytes);
    if (name.endsWith('/data/livsbog.pdf')) {
      pdf = pdfFlowText(await pdfText(bytes));
      files.set(`${name} (text)`, pdf);
    }
  }
  expect(json && html && pdf, 'the pack has its JSON, HTML and PDF').toBeTruthy();
  return { files, json, html, pdf };
}

/** The files holding a canary, matched as written and lower-cased (file names are slugs). */
function filesWith(pack: ScannedPack, value: string): string[] {
  const lower = value.toLowerCase();
  return [...pack.files]
    .filter(([, content]) => content.includes(value) || content.toLowerCase().includes(lower))
    .map(([name]) => name.replace(/^[^/]+\//, ''));
}

function expectShown(pack: ScannedPack, value: string, field: string): void {
  expect(pack.json.includes(value), `${field} in livsbog.json`).toBe(true);
  expect(pack.html.includes(value), `${field} in index.html`).toBe(true);
  expect(pack.pdf.includes(value), `${field} in the PDF`).toBe(true);
}

describe('canary scan of the moving pack', () => {
  // One book for every export: fontkit subsetting makes each PDF take a moment.
  let book: Awaited<ReturnType<typeof canaryBook>>;
  beforeAll(async () => {
    book = await canaryBook();
  });

  it('with the default choices, no private canary is in any file, and every other one is', async () => {
    const pack = await exportPack(book.data, book.photoBytes, DEFAULT_EXPORT_CHOICES);
    expect(pack.files.size).toBeGreaterThan(8);
    for (const field of Object.keys(PRIVATE) as (keyof typeof PRIVATE)[]) {
      expect(filesWith(pack, book.c[field]), `${field} left the device`).toEqual([]);
    }
    for (const field of SHARED) expectShown(pack, book.c[field], field);
    // The protected home itself still goes along; only its address stays behind.
    expect(pack.json).toContain('Plejefamilien');
  }, 60_000);

  it.each(['includeProtectedPlaces', 'includeOnlyMe', 'includeHiddenPhotos'] as const)(
    'with %s ticked, exactly its canaries go along, in the JSON, the HTML and the PDF',
    async (choice) => {
      const pack = await exportPack(book.data, book.photoBytes, {
        ...DEFAULT_EXPORT_CHOICES,
        [choice]: true,
      });
      for (const [field, allowedBy] of Object.entries(PRIVATE) as [
        keyof typeof PRIVATE,
        keyof ExportChoices,
      ][]) {
        if (allowedBy === choice) expectShown(pack, book.c[field], field);
        else expect(filesWith(pack, book.c[field]), `${field} left the device`).toEqual([]);
      }
      for (const field of SHARED) expectShown(pack, book.c[field], field);
    },
    60_000,
  );
});
