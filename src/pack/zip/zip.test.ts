// @vitest-environment node
import { createHash } from 'node:crypto';

import { makeZip } from 'client-zip';
import { zipSync } from 'fflate';

import { joinBytes } from '@/crypto';
import { MeteredBlob, nonZeroBytes } from '@/testing/metered-blob';
import { collect } from '@/testing/pack-fixtures';
import { crc32 } from './crc32';
import { PackError } from '../errors';
import { readCentralDirectory } from './zip-central';
import { checkStoredEntry, extractEntry } from './zip-extract';

const limits = { maxEntries: 100, maxCentralBytes: 1 << 20 };
const enc = new TextEncoder();

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    return e instanceof PackError ? e.code : String(e);
  }
  return undefined;
}

test('crc32 matches the standard check value', () => {
  expect(crc32(enc.encode('123456789'))).toBe(0xcbf43926);
  expect(crc32(enc.encode('6789'), crc32(enc.encode('12345')))).toBe(0xcbf43926);
});

describe('central directory', () => {
  it('reads client-zip output whole even when a stored file contains zip signatures', async () => {
    // fflate's forward-only Unzip cuts such a file at the false data-descriptor signature.
    const photo = new Uint8Array(3000).fill(7);
    photo.set([0x50, 0x4b, 0x07, 0x08], 100);
    photo.set([0x50, 0x4b, 0x03, 0x04], 1000);
    photo.set([0x50, 0x4b, 0x01, 0x02], 2000);
    const zip = new Blob([
      await collect(
        makeZip([
          { name: 'a/photo.jpg', input: photo },
          { name: 'a/b.txt', input: 'hi' },
        ]),
      ),
    ]);
    const cd = await readCentralDirectory(zip, limits);
    expect(cd.entries.map((e) => e.name)).toEqual(['a/photo.jpg', 'a/b.txt']);
    const first = cd.entries[0]!;
    const budget = { maxTotalBytes: 1e9, totalBytes: 0 };
    const out = await extractEntry(zip, first, cd.entries[1]!.localOffset, 1e6, budget);
    expect(out.bytes).toEqual(photo);
    expect(out.storedAt).toBeDefined();
  });

  it('refuses what is not a zip, and a zip cut short', async () => {
    expect(await codeOf(readCentralDirectory(new Blob(['hello']), limits))).toBe('not-a-zip');
    expect(await codeOf(readCentralDirectory(new Blob([new Uint8Array(5000)]), limits))).toBe(
      'not-a-zip',
    );
    const zip = zipSync({ 'a/b.txt': enc.encode('hello') });
    expect(await codeOf(readCentralDirectory(new Blob([zip.slice(0, -10)]), limits))).toBe(
      'not-a-zip',
    );
  });

  it('counts entries against the limit before reading them', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`a/${i}`, enc.encode('x')]),
    );
    const zip = new Blob([zipSync(files)]);
    expect(await codeOf(readCentralDirectory(zip, { ...limits, maxEntries: 5 }))).toBe(
      'too-many-files',
    );
  });

  it('reads Zip64 records (sizes and offsets past 4 GiB are written this way)', async () => {
    const zip = new Blob([zip64Sample(enc.encode('zip64 body'))]);
    const cd = await readCentralDirectory(zip, limits);
    expect(cd.entries).toHaveLength(1);
    const entry = cd.entries[0]!;
    expect(entry).toMatchObject({ name: 'a/z.txt', size: 10, compressedSize: 10, localOffset: 0 });
    const out = await extractEntry(zip, entry, cd.cdOffset, 1e6, {
      maxTotalBytes: 1e9,
      totalBytes: 0,
    });
    expect(new TextDecoder().decode(out.bytes)).toBe('zip64 body');
  });

  it('refuses encrypted entries', async () => {
    const zip = zipSync({ 'a/b.txt': enc.encode('hello') }, { level: 0 });
    const v = new DataView(zip.buffer);
    const cdOffset = v.getUint32(zip.length - 6, true);
    v.setUint16(cdOffset + 8, v.getUint16(cdOffset + 8, true) | 1, true);
    expect(await codeOf(readCentralDirectory(new Blob([zip]), limits))).toBe('encrypted');
  });
});

describe('extraction', () => {
  it('stops a zip bomb as soon as the real inflated bytes pass the limit', async () => {
    const zip = zipSync({ 'a/bomb.bin': new Uint8Array(24 * 1024 * 1024) }, { level: 9 });
    expect(zip.length).toBeLessThan(50_000);
    const file = new Blob([zip]);
    const cd = await readCentralDirectory(file, limits);
    const entry = cd.entries[0]!;
    // The header claims 100 bytes: only the real count can catch it.
    const lying = { ...entry, size: 100 };
    const budget = { maxTotalBytes: 1e12, totalBytes: 0 };
    const started = performance.now();
    expect(await codeOf(extractEntry(file, lying, cd.cdOffset, 1024 * 1024, budget))).toBe(
      'too-large',
    );
    expect(performance.now() - started).toBeLessThan(5000);
    expect(budget.totalBytes).toBe(0);
  });

  it('counts the total across files', async () => {
    const zip = zipSync(
      { 'a/1': new Uint8Array(600_000), 'a/2': new Uint8Array(600_000) },
      { level: 9 },
    );
    const file = new Blob([zip]);
    const cd = await readCentralDirectory(file, limits);
    const budget = { maxTotalBytes: 1_000_000, totalBytes: 0 };
    const [one, two] = cd.entries;
    await extractEntry(file, one!, two!.localOffset, 1e6, budget);
    expect(await codeOf(extractEntry(file, two!, cd.cdOffset, 1e6, budget))).toBe('too-large');
  });

  it('refuses overlapping entries, a wrong CRC and a lying size', async () => {
    const zip = zipSync({ 'a/1': enc.encode('one'), 'a/2': enc.encode('two') }, { level: 0 });
    const file = new Blob([zip]);
    const cd = await readCentralDirectory(file, limits);
    const [one, two] = cd.entries;
    const budget = () => ({ maxTotalBytes: 1e9, totalBytes: 0 });
    expect(await codeOf(extractEntry(file, one!, one!.localOffset + 10, 100, budget()))).toBe(
      'corrupt-zip',
    );
    expect(await codeOf(extractEntry(file, { ...two!, crc: 1 }, cd.cdOffset, 100, budget()))).toBe(
      'corrupt-zip',
    );
    expect(await codeOf(extractEntry(file, { ...two!, size: 2 }, cd.cdOffset, 100, budget()))).toBe(
      'corrupt-zip',
    );
    expect(
      await codeOf(extractEntry(file, { ...two!, localOffset: 1 }, cd.cdOffset, 100, budget())),
    ).toBe('corrupt-zip');
  });
});

/** One stored file written with Zip64 records throughout, as client-zip does past 4 GiB. */
function zip64Sample(body: Uint8Array): Uint8Array<ArrayBuffer> {
  const name = enc.encode('a/z.txt');
  const crc = crc32(body);
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(4, 45, true);
  local.setUint16(6, 0x0800, true);
  local.setUint32(14, crc, true);
  local.setUint32(18, body.length, true);
  local.setUint32(22, body.length, true);
  local.setUint16(26, name.length, true);
  const cd = new DataView(new ArrayBuffer(46));
  cd.setUint32(0, 0x02014b50, true);
  cd.setUint16(4, 45, true);
  cd.setUint16(6, 45, true);
  cd.setUint16(8, 0x0800, true);
  cd.setUint32(16, crc, true);
  cd.setUint32(20, 0xffffffff, true);
  cd.setUint32(24, 0xffffffff, true);
  cd.setUint16(28, name.length, true);
  cd.setUint16(30, 28, true);
  cd.setUint32(42, 0xffffffff, true);
  const extra = new DataView(new ArrayBuffer(28));
  extra.setUint16(0, 1, true);
  extra.setUint16(2, 24, true);
  extra.setBigUint64(4, BigInt(body.length), true);
  extra.setBigUint64(12, BigInt(body.length), true);
  extra.setBigUint64(20, 0n, true);
  const cdOffset = 30 + name.length + body.length;
  const cdSize = 46 + name.length + 28;
  const end64 = new DataView(new ArrayBuffer(56));
  end64.setUint32(0, 0x06064b50, true);
  end64.setBigUint64(4, 44n, true);
  end64.setBigUint64(24, 1n, true);
  end64.setBigUint64(32, 1n, true);
  end64.setBigUint64(40, BigInt(cdSize), true);
  end64.setBigUint64(48, BigInt(cdOffset), true);
  const locator = new DataView(new ArrayBuffer(20));
  locator.setUint32(0, 0x07064b50, true);
  locator.setBigUint64(8, BigInt(cdOffset + cdSize), true);
  locator.setUint32(16, 1, true);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 0xffff, true);
  end.setUint16(10, 0xffff, true);
  end.setUint32(12, 0xffffffff, true);
  end.setUint32(16, 0xffffffff, true);
  const parts = [local, name, body, cd, name, extra, end64, locator, end].map((p) =>
    p instanceof DataView ? new Uint8Array(p.buffer) : p,
  );
  return joinBytes(parts);
}

describe('a big stored entry', () => {
  const MiB = 1024 * 1024;

  async function videoZip(video: Uint8Array) {
    const zip = await collect(makeZip([{ name: 'data/media/video.mp4', input: video }]));
    // Handed out 256 KiB a read, as a browser does.
    const file = new MeteredBlob(zip, undefined, 256 * 1024);
    const { entries, cdOffset } = await readCentralDirectory(file, limits);
    return { file, entry: entries[0]!, cdOffset };
  }

  const nodeHash = () => {
    const h = createHash('sha256');
    return { update: (b: Uint8Array) => h.update(b), digest: () => h.digest('hex') };
  };

  it('is checked in 1 MiB steps read into one buffer, never read whole', async () => {
    const video = nonZeroBytes(8 * MiB + 3);
    const { file, entry, cdOffset } = await videoZip(video);
    file.meter.wholeReads.length = 0;
    const budget = { maxTotalBytes: 1e9, totalBytes: 0 };
    const out = await checkStoredEntry(file, entry, cdOffset, 1e9, budget, nodeHash());
    expect(out.sha256).toBe(createHash('sha256').update(video).digest('hex'));
    expect(out.head).toEqual(video.subarray(0, 1024));
    expect(out.storedAt.end - out.storedAt.start).toBe(video.length);
    // The local header and its name only; the entry's bytes come through the stream.
    expect(Math.max(...file.meter.wholeReads)).toBeLessThan(100);
    expect(file.meter.streamed).toBe(video.length);
    expect(Math.max(...file.meter.asks)).toBeLessThanOrEqual(MiB);
    // Only the first step's reads land in fresh memory: the buffer is filled again after.
    expect(file.meter.freshReads).toBe(4);
  });

  it('fails on a wrong CRC, having read no further than the entry', async () => {
    const { file, entry, cdOffset } = await videoZip(nonZeroBytes(2 * MiB));
    const budget = { maxTotalBytes: 1e9, totalBytes: 0 };
    const wrong = { ...entry, crc: (entry.crc + 1) >>> 0 };
    expect(await codeOf(checkStoredEntry(file, wrong, cdOffset, 1e9, budget, nodeHash()))).toBe(
      'corrupt-zip',
    );
    expect(file.meter.streamed).toBe(2 * MiB);
  });
});
