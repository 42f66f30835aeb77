/**
 * Moving packs whose photos test the import's photo checks: a phone JPEG with GPS, maker notes
 * and an embedded thumbnail; and a pack of "photos" no browser can draw, three of them 400 MiB
 * of a JPEG header and zeros (a 2 MB pack that once filled 2.5 GB). Made in Node with the app's
 * own `writePack`; the large entries are deflated once with zlib and written by a small zip
 * writer of our own, since fflate needs seconds per 400 MiB and client-zip only stores.
 * Every name and place here is made up.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

import { unzipSync } from 'fflate';

import { selectForExport, writePack, type BookData } from '../../../src/pack';
import { photoBytesFor } from '../../../src/testing/pack-fixtures';
import type { Photo } from '../../../src/domain/types';
import { withEverything } from '../../../src/testing/exif-builder';

import { noisyPng } from './png';

const T0 = '2026-03-01T10:00:00.000Z';
const BOOK_ID = 'book_e2e_media_pack';
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export interface PackPhotoSpec {
  id: string;
  caption: string;
  mime: string;
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** A real camera photo (a public test fixture) with every kind of identifying metadata added. */
export function gpsJpeg(): Uint8Array<ArrayBuffer> {
  const candidates = [
    path.resolve(import.meta.dirname, '../../../../shared/fixtures/photos/orientation'),
    path.resolve(import.meta.dirname, '../../fixtures/photos/orientation'),
  ];
  for (const dir of candidates) {
    try {
      return withEverything(new Uint8Array(readFileSync(path.join(dir, 'Landscape_1.jpg'))));
    } catch {
      // Try the next place the fixtures may be.
    }
  }
  throw new Error('no Landscape_1.jpg fixture found');
}

function record(p: PackPhotoSpec): Photo {
  return {
    id: p.id,
    bookId: BOOK_ID,
    mime: p.mime,
    width: p.width,
    height: p.height,
    byteLength: p.bytes.byteLength,
    sha256: sha(p.bytes),
    takenAt: { year: 2019, month: 7 },
    caption: p.caption,
    personIds: [],
    entryIds: [],
    createdAt: T0,
    updatedAt: T0,
  };
}

/** A small book holding `photos` exactly as given (no cleaning: an old or hostile pack). */
export async function packWithPhotos(nickname: string, photos: PackPhotoSpec[]): Promise<Buffer> {
  const data: BookData = {
    book: {
      id: BOOK_ID,
      cover: { nickname, emoji: '🦉', colour: 'sky', locale: 'en', ageMode: 'middle' },
      details: {
        meNow: { likes: 'The sea', goodAt: '', proudOf: '', dreams: '' },
        autoLockMinutes: 5,
      },
    },
    entries: [
      {
        id: 'e_e2e_trip',
        bookId: BOOK_ID,
        kind: 'event',
        title: 'A trip to the sea',
        text: 'We saw a seal.',
        date: { year: 2019, month: 7 },
        personIds: [],
        photoIds: photos.map((p) => p.id),
        author: { kind: 'child' },
        visibility: 'book',
        createdAt: T0,
        updatedAt: T0,
      },
    ],
    people: [],
    photos: photos.map(record),
    snapshots: [],
  };
  const bytes = new Map(photos.map((p) => [p.id, p.bytes]));
  const writer = writePack(
    {
      selection: selectForExport(data),
      readPhoto: (id) =>
        Promise.resolve(new Blob([(bytes.get(id) ?? new Uint8Array()) as Uint8Array<ArrayBuffer>])),
    },
    { appVersion: 'e2e', now: new Date('2026-03-02T12:00:00Z') },
  );
  const zip = Buffer.from(await new Response(writer.stream).arrayBuffer());
  await writer.done;
  return zip;
}

/** The GPS photo and an ordinary PNG, in one pack. */
export function gpsPack(): Promise<Buffer> {
  const jpeg = gpsJpeg();
  return packWithPhotos('Gps Gunn', [
    {
      id: 'ph_gps',
      caption: 'At the harbour',
      mime: 'image/jpeg',
      bytes: jpeg,
      width: 1800,
      height: 1200,
    },
    {
      id: 'ph_png',
      caption: 'Noise',
      mime: 'image/png',
      bytes: noisyPng(64, 48),
      width: 64,
      height: 48,
    },
  ]);
}

interface ZipInput {
  name: string;
  size: number;
  crc: number;
  /** Deflated (raw) bytes. */
  data: Uint8Array;
}

/** A plain zip (deflate, no data descriptors, no Zip64: every entry here is far below 4 GiB). */
function writeZip(entries: ZipInput[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(0x0800, 8);
    head.writeUInt16LE(8, 10);
    head.writeUInt32LE(e.crc >>> 0, 16);
    head.writeUInt32LE(e.data.length, 20);
    head.writeUInt32LE(e.size, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt32LE(offset, 42);
    central.push(head, name);
    parts.push(local, name, Buffer.from(e.data.buffer, e.data.byteOffset, e.data.length));
    offset += local.length + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

export const HUGE_PHOTO_BYTES = 400 * 1024 * 1024;

export interface JunkPack {
  zip: Buffer;
  /** The file names (`media/…`) of the photos that must stay out. */
  junkFiles: string[];
  /** The one real photo's id. */
  goodId: string;
}

/**
 * One real PNG; three "photos" of 400 MiB each (a JPEG header, then zeros: sniffed as JPEG,
 * never a picture); JPEG magic bytes with HTML after them; and a PNG whose chunks are whole
 * but whose pixels no decoder can inflate. Every checksum in the bag is honest.
 */
export async function junkPack(): Promise<JunkPack> {
  const huge = ['ph_huge_1', 'ph_huge_2', 'ph_huge_3'];
  const html = new TextEncoder().encode(
    '<html><body><script>alert("pwned")</script></body></html>',
  );
  const small = await packWithPhotos('Junk Jens', [
    {
      id: 'ph_good',
      caption: 'Real',
      mime: 'image/png',
      bytes: noisyPng(64, 48),
      width: 64,
      height: 48,
    },
    ...huge.map((id, i) => ({
      id,
      caption: `Huge ${String(i + 1)}`,
      mime: 'image/jpeg',
      bytes: photoBytesFor('image/jpeg', new Uint8Array([i])),
      width: 16,
      height: 12,
    })),
    {
      id: 'ph_html',
      caption: 'Web page',
      mime: 'image/jpeg',
      bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...html]),
      width: 16,
      height: 12,
    },
    {
      id: 'ph_broken_png',
      caption: 'Broken',
      mime: 'image/png',
      bytes: photoBytesFor('image/png', new Uint8Array(64).fill(0x5a)),
      width: 16,
      height: 12,
    },
  ]);
  const files = new Map(Object.entries(unzipSync(new Uint8Array(small))));
  const root = [...files.keys()][0]?.split('/')[0] ?? '';
  const jsonName = `${root}/data/livsbog.json`;
  const json = JSON.parse(new TextDecoder().decode(files.get(jsonName))) as {
    photos: { id: string; file: string; byteLength: number; sha256: string }[];
  };

  // One 400 MiB "photo", hashed and deflated once, used for all three.
  const big = new Uint8Array(HUGE_PHOTO_BYTES);
  big.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
  const bigEntry = { size: big.length, crc: crc32(big), data: deflateRawSync(big) };
  const bigSha = sha(big);
  const junkFiles: string[] = [];
  const bigNames = new Set<string>();
  for (const p of json.photos) {
    if (p.id !== 'ph_good') junkFiles.push(p.file);
    if (!huge.includes(p.id)) continue;
    p.byteLength = big.length;
    p.sha256 = bigSha;
    bigNames.add(`${root}/data/${p.file}`);
  }
  files.set(jsonName, new TextEncoder().encode(JSON.stringify(json, null, 2)));

  // The bag's tag files, recomputed with the large files' real sizes and hashes.
  const payload = [...files].filter(([n]) => n.startsWith(`${root}/data/`) && !n.endsWith('/'));
  const sizeOf = (n: string, b: Uint8Array) => (bigNames.has(n) ? big.length : b.length);
  const hashOf = (n: string, b: Uint8Array) => (bigNames.has(n) ? bigSha : sha(b));
  const manifest = payload
    .map(([n, b]) => `${hashOf(n, b)}  ${n.slice(root.length + 1)}\n`)
    .join('');
  files.set(`${root}/manifest-sha256.txt`, new TextEncoder().encode(manifest));
  const octets = payload.reduce((s, [n, b]) => s + sizeOf(n, b), 0);
  const infoName = `${root}/bag-info.txt`;
  const info = new TextDecoder()
    .decode(files.get(infoName))
    .replace(/^Payload-Oxum: .*$/m, `Payload-Oxum: ${String(octets)}.${String(payload.length)}`);
  files.set(infoName, new TextEncoder().encode(info));
  const tags = ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt'];
  const tagManifest = tags
    .map((t) => `${sha(files.get(`${root}/${t}`) ?? new Uint8Array())}  ${t}\n`)
    .join('');
  files.set(`${root}/tagmanifest-sha256.txt`, new TextEncoder().encode(tagManifest));

  const entries: ZipInput[] = [...files].map(([name, b]) =>
    bigNames.has(name)
      ? { name, ...bigEntry }
      : { name, size: b.length, crc: crc32(b), data: deflateRawSync(b) },
  );
  return { zip: writeZip(entries), junkFiles, goodId: 'ph_good' };
}
