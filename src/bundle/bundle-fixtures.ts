/*
 * Test-only: a small book with every kind of record, tiny photo bytes that pass the reader's
 * type sniffing, and helpers to collect a stream. Nothing here describes a real person.
 */
import { sha256Hex } from '../crypto/hash';
import type { Entry, Person, Photo } from '../domain/types';
import type { BookData } from './types';

export const T0 = '2026-03-01T10:00:00.000Z';
export const BOOK_ID = 'book_0000000000000001';

/** A JPEG header with a frame (SOF0) of the given size: enough for sniffing and pdf-lib. */
export function tinyJpeg(width = 16, height = 12, salt = 0): Uint8Array<ArrayBuffer> {
  // prettier-ignore
  return new Uint8Array([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x06, 0x4a, 0x46, salt & 0xff, 0x00,
    0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff,
    0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff, 0xd9,
  ]);
}

export function photoBytesFor(mime: string, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const head: Record<string, number[]> = {
    'image/jpeg': [0xff, 0xd8, 0xff, 0xe0],
    'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    'image/webp': [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50],
    'image/gif': [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
  };
  const h = head[mime] ?? [];
  const out = new Uint8Array(h.length + body.length);
  out.set(h);
  out.set(body, h.length);
  return out;
}

export async function makePhoto(
  id: string,
  bytes: Uint8Array,
  extra: Partial<Photo> = {},
): Promise<Photo> {
  return {
    id,
    bookId: BOOK_ID,
    mime: 'image/jpeg',
    width: 16,
    height: 12,
    byteLength: bytes.byteLength,
    sha256: await sha256Hex(bytes),
    personIds: [],
    entryIds: [],
    createdAt: T0,
    updatedAt: T0,
    ...extra,
  };
}

function entry(id: string, over: Partial<Entry>): Entry {
  return {
    id,
    bookId: BOOK_ID,
    kind: 'memory',
    title: '',
    text: '',
    personIds: [],
    photoIds: [],
    author: { kind: 'child' },
    visibility: 'book',
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

function person(id: string, over: Partial<Person>): Person {
  return {
    id,
    bookId: BOOK_ID,
    name: '',
    relation: '',
    sector: 'family',
    closeness: 1,
    links: [],
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

export interface SampleBook {
  data: BookData;
  photoBytes: Map<string, Uint8Array<ArrayBuffer>>;
}

/** A book with homes (one protected), schools, moments, a letter, a dream, people and photos. */
export async function sampleBook(): Promise<SampleBook> {
  const photoBytes = new Map<string, Uint8Array<ArrayBuffer>>([
    ['ph_beach', tinyJpeg(40, 30, 1)],
    ['ph_mormor', tinyJpeg(30, 40, 2)],
    ['ph_secret', tinyJpeg(20, 20, 3)],
    ['ph_hidden', tinyJpeg(20, 20, 4)],
    ['ph_me', tinyJpeg(30, 30, 5)],
  ]);
  const bytes = (id: string) => photoBytes.get(id) ?? new Uint8Array();
  const photos = [
    await makePhoto('ph_beach', bytes('ph_beach'), {
      caption: 'Stranden på Ærø',
      entryIds: ['e_beach'],
      personIds: ['p_mormor'],
      takenAt: { year: 2019, season: 'summer' },
    }),
    await makePhoto('ph_mormor', bytes('ph_mormor'), {
      caption: 'Mormor',
      personIds: ['p_mormor'],
    }),
    await makePhoto('ph_secret', bytes('ph_secret'), {
      caption: 'Min dagbog',
      entryIds: ['e_secret'],
    }),
    await makePhoto('ph_hidden', bytes('ph_hidden'), { hidden: true }),
    await makePhoto('ph_me', bytes('ph_me'), { caption: 'Mig' }),
  ];
  const entries: Entry[] = [
    entry('e_birth', {
      kind: 'home',
      title: 'Hos mor og far',
      subKind: 'birth-family',
      period: { start: { year: 2012 }, end: { year: 2016 } },
      place: 'Odense',
    }),
    entry('e_foster', {
      kind: 'home',
      title: 'Plejefamilien',
      subKind: 'foster-family',
      period: { start: { year: 2016, month: 8 }, ongoing: true },
      protected: true,
      place: 'Hemmelig vej 1',
      personIds: ['p_lise'],
    }),
    entry('e_school', {
      kind: 'school',
      title: 'Skovskolen',
      subKind: 'school',
      period: { start: { year: 2018, month: 8 }, ongoing: true },
    }),
    entry('e_beach', {
      kind: 'event',
      title: 'Sommer på Ærø',
      text: 'Vi byggede et sandslot.\nDet var sjovt.',
      date: { year: 2019, season: 'summer' },
      feeling: '😀',
      personIds: ['p_mormor'],
      photoIds: ['ph_beach'],
      author: { kind: 'together', name: 'Lise' },
    }),
    entry('e_age', {
      kind: 'memory',
      title: 'Min første cykel',
      date: { age: 5, approx: true },
      author: { kind: 'adult', name: 'Lise' },
    }),
    entry('e_secret', {
      kind: 'memory',
      title: 'Kun til mig',
      text: 'Hemmeligt',
      date: { year: 2020 },
      visibility: 'only-me',
      photoIds: ['ph_secret'],
    }),
    entry('e_letter', {
      kind: 'letter',
      title: 'Til dig, når du er 18',
      text: 'Kære dig …',
      date: { year: 2024 },
      sealedUntil: '2030-05-01',
      author: { kind: 'adult', name: 'Mor' },
    }),
    entry('e_dream', {
      kind: 'dream',
      title: 'Blive dyrlæge',
      text: 'Jeg vil hjælpe dyr.',
      date: { year: 2025 },
    }),
    entry('e_binned', { kind: 'memory', title: 'Slettet', date: { year: 2021 }, deletedAt: T0 }),
  ];
  const people: Person[] = [
    person('p_mormor', {
      name: 'Mormor Åse',
      relation: 'grandmother-mothers-side',
      sector: 'relatives',
      closeness: 1,
      portraitPhotoId: 'ph_mormor',
      note: 'Bager de bedste boller.',
      line: 'strong',
      contact: 'monthly',
    }),
    person('p_lise', {
      name: 'Lise',
      relation: 'foster-mother',
      sector: 'placement',
      closeness: 1,
      links: [{ type: 'parent-of', personId: 'me', step: true }],
    }),
    person('p_bror', {
      name: 'Bror Øjvind',
      relation: 'brother',
      sector: 'family',
      closeness: 2,
      links: [{ type: 'sibling-of', personId: 'me', half: true }],
    }),
    person('p_laerer', {
      name: 'Hr. Jensen',
      relation: 'teacher',
      sector: 'school-work',
      closeness: 3,
      line: 'weak',
    }),
  ];
  return {
    photoBytes,
    data: {
      book: {
        id: BOOK_ID,
        cover: { nickname: 'Åse Ærø', emoji: '🦊', colour: 'sky', locale: 'da', ageMode: 'teen' },
        details: {
          birthDate: { year: 2012, month: 3, day: 4 },
          meNow: {
            likes: 'Heste og æbler',
            goodAt: 'Tegne',
            proudOf: 'Min svømmeprøve',
            dreams: 'At rejse',
            photoId: 'ph_me',
          },
          autoLockMinutes: 5,
        },
      },
      entries,
      people,
      photos,
      snapshots: [
        {
          id: 'snap_1',
          bookId: BOOK_ID,
          takenAt: T0,
          people: [
            { personId: 'p_mormor', sector: 'relatives', closeness: 1, line: 'strong' },
            { personId: 'p_gone', sector: 'friends', closeness: 2 },
          ],
        },
      ],
    },
  };
}

export async function collect(
  stream: ReadableStream<Uint8Array>,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
