import { selectForExport, writePack, type BookData } from '../../../src/pack';
import { sha256Hex } from '../../../src/crypto/hash';
import type { Entry, Person, Photo } from '../../../src/domain/types';

import { noisyPng } from './png';

export interface MadePack {
  /** The zip, as the app's export would have made it. */
  zip: Buffer;
  name: string;
  nickname: string;
  counts: { entries: number; people: number; photos: number; snapshots: number };
}

export interface MakePackOptions {
  nickname?: string;
  photos?: number;
  /** Size of each photo: random pixels, so about width × height × 3 bytes of PNG. */
  width?: number;
  height?: number;
}

const T0 = '2026-03-01T10:00:00.000Z';

/**
 * A moving pack made in Node with the app's own pack code (`writePack`), far quicker than
 * making a book with photos in the browser and exporting it. The photos are real PNGs of random
 * pixels, so the import draws real thumbnails and the gallery can show them afterwards.
 */
export async function makePack(options: MakePackOptions = {}): Promise<MadePack> {
  const { nickname = 'Moving Mo', photos: photoCount = 30, width = 640, height = 480 } = options;
  const bookId = 'book_e2e_moving_pack';
  const bytes = new Map<string, Uint8Array<ArrayBuffer>>();
  const photos: Photo[] = [];
  for (let i = 0; i < photoCount; i += 1) {
    const id = `ph_e2e_${String(i).padStart(3, '0')}`;
    const png = new Uint8Array(noisyPng(width, height));
    bytes.set(id, png);
    photos.push({
      id,
      bookId,
      mime: 'image/png',
      width,
      height,
      byteLength: png.byteLength,
      sha256: await sha256Hex(png),
      // One month: the gallery shows them as one group, all on a tall screen at once.
      takenAt: { year: 2019, month: 7 },
      caption: `Photo ${i + 1}`,
      personIds: [],
      entryIds: [],
      createdAt: T0,
      updatedAt: T0,
    });
  }
  const common = { bookId, createdAt: T0, updatedAt: T0 };
  const entries: Entry[] = [
    {
      ...common,
      id: 'e_e2e_home',
      kind: 'home',
      title: 'The yellow house',
      text: '',
      period: { start: { year: 2016 }, ongoing: true },
      personIds: ['p_e2e_gran'],
      photoIds: [],
      author: { kind: 'child' },
      visibility: 'book',
    },
    {
      ...common,
      id: 'e_e2e_trip',
      kind: 'event',
      title: 'A trip to the sea',
      text: 'We saw a seal.',
      date: { year: 2019, month: 7 },
      personIds: [],
      photoIds: photos.slice(0, 2).map((p) => p.id),
      author: { kind: 'child' },
      visibility: 'book',
    },
  ];
  const people: Person[] = [
    {
      ...common,
      id: 'p_e2e_gran',
      name: 'Gran',
      relation: 'grandmother',
      sector: 'relatives',
      closeness: 1,
      links: [],
    },
  ];
  const data: BookData = {
    book: {
      id: bookId,
      cover: { nickname, emoji: '🦉', colour: 'sky', locale: 'en', ageMode: 'middle' },
      details: {
        meNow: { likes: 'The sea', goodAt: '', proudOf: '', dreams: '' },
        autoLockMinutes: 5,
      },
    },
    entries,
    people,
    photos,
    snapshots: [],
  };
  const selection = selectForExport(data);
  const writer = writePack(
    {
      selection,
      readPhoto: (id) => Promise.resolve(new Blob([bytes.get(id) ?? new Uint8Array()])),
    },
    { appVersion: 'e2e', now: new Date('2026-03-02T12:00:00Z') },
  );
  const zip = Buffer.from(await new Response(writer.stream).arrayBuffer());
  await writer.done;
  return {
    zip,
    name: writer.name,
    nickname,
    counts: {
      entries: selection.data.entries.length,
      people: selection.data.people.length,
      photos: selection.data.photos.length,
      snapshots: selection.data.snapshots.length,
    },
  };
}
