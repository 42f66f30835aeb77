/*
 * Test-only: a small book with every kind of record, tiny photo bytes that pass the reader's
 * type sniffing, and helpers to collect a stream. Nothing here describes a real person.
 */
import { concatBytes, sha256Hex } from '@/crypto';
import type { Entry, Person, Photo } from '@/domain';
import { PNG_SIGNATURE, pngChunk } from './png-builder';
import type { BookData } from '@/pack';

export const T0 = '2026-03-01T10:00:00.000Z';
export const BOOK_ID = 'book_0000000000000001';

/**
 * A JPEG header with a frame (SOF0) of the given size: enough for sniffing and pdf-lib. The salt
 * sits in a table segment (DQT), which metadata removal keeps, so the bytes are already clean.
 */
export function tinyJpeg(width = 16, height = 12, salt = 0): Uint8Array<ArrayBuffer> {
  // prettier-ignore
  return new Uint8Array([
    0xff, 0xd8, 0xff, 0xdb, 0x00, 0x06, 0x4a, 0x46, salt & 0xff, 0x00,
    0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff,
    0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff, 0xd9,
  ]);
}

/** A RIFF chunk: type, little-endian length, data, a pad byte when the length is odd. */
function riffChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(8 + data.length + (data.length % 2));
  out.set(new TextEncoder().encode(type));
  new DataView(out.buffer).setUint32(4, data.length, true);
  out.set(data, 8);
  return out;
}

/**
 * A 16×12 picture of the given type, whole in structure (what the metadata cleaner reads), with
 * `body` (at most 255 bytes) inside a part every cleaner keeps: the bytes are already clean, so
 * they come through an import and an export byte for byte. No decoder would draw them.
 */
export function photoBytesFor(mime: string, body: Uint8Array): Uint8Array<ArrayBuffer> {
  if (mime === 'image/png') {
    const ihdr = new Uint8Array([0, 0, 0, 16, 0, 0, 0, 12, 8, 0, 0, 0, 0]);
    return concatBytes(
      PNG_SIGNATURE,
      pngChunk('IHDR', ihdr),
      pngChunk('IDAT', body),
      pngChunk('IEND', new Uint8Array()),
    );
  }
  if (mime === 'image/webp') {
    const vp8x = new Uint8Array([0, 0, 0, 0, 15, 0, 0, 11, 0, 0]);
    const vp8l = concatBytes(new Uint8Array([0x2f, 15, 0xc0, 0x02, 0]), body);
    const chunks = concatBytes(riffChunk('VP8X', vp8x), riffChunk('VP8L', vp8l));
    const head = new Uint8Array(12);
    head.set(new TextEncoder().encode('RIFF'));
    new DataView(head.buffer).setUint32(4, 4 + chunks.length, true);
    head.set(new TextEncoder().encode('WEBP'), 8);
    return concatBytes(head, chunks);
  }
  if (mime === 'image/gif') {
    const screen = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 16, 0, 12, 0, 0, 0, 0]);
    const image = new Uint8Array([0x2c, 0, 0, 0, 0, 16, 0, 12, 0, 0, 2]);
    const blocks = body.length
      ? concatBytes(new Uint8Array([body.length]), body)
      : new Uint8Array();
    return concatBytes(screen, image, blocks, new Uint8Array([0, 0x3b]));
  }
  const dqt = concatBytes(new Uint8Array([0xff, 0xdb, 0, body.length + 2]), body);
  return concatBytes(new Uint8Array([0xff, 0xd8]), dqt, tinyJpeg().subarray(10));
}

/** What every record of the sample book starts with: its id, the book, made and changed at T0. */
function record(id: string) {
  return { id, bookId: BOOK_ID, createdAt: T0, updatedAt: T0 };
}

export async function makePhoto(
  id: string,
  bytes: Uint8Array,
  extra: Partial<Photo> = {},
): Promise<Photo> {
  return {
    ...record(id),
    mime: 'image/jpeg',
    width: 16,
    height: 12,
    byteLength: bytes.byteLength,
    sha256: await sha256Hex(bytes),
    personIds: [],
    entryIds: [],
    ...extra,
  };
}

function entry(id: string, over: Partial<Entry>): Entry {
  return {
    ...record(id),
    kind: 'memory',
    title: '',
    text: '',
    personIds: [],
    photoIds: [],
    author: { kind: 'child' },
    visibility: 'book',
    ...over,
  };
}

function person(id: string, over: Partial<Person>): Person {
  return {
    ...record(id),
    name: '',
    relation: '',
    sector: 'family',
    closeness: 1,
    links: [],
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
