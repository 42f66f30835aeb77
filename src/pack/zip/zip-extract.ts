/**
 * One zip entry's bytes, checked: the local header must agree with the central directory, the
 * data must lie inside its own slot (no overlapping entries, the trick behind the worst zip
 * bombs), inflated bytes are counted as they come out and the work stops as soon as a limit is
 * passed, and the CRC must match.
 */
import { Inflate } from 'fflate';

import { blobPieces, type PieceOptions } from '@/crypto';

import { crc32 } from './crc32';
import { PackError } from '../errors';
import type { ZipEntry } from './zip-central';

const SIG_LOCAL = 0x04034b50;
/** Compressed bytes fed to the inflater at once: a deflate stream expands at most ~1032×. */
const INFLATE_STEP = 16 * 1024;
const READ_STEP = 1024 * 1024;

export interface Budget {
  maxTotalBytes: number;
  /** Inflated bytes of every entry extracted so far. */
  totalBytes: number;
}

export interface Extracted {
  bytes: Uint8Array<ArrayBuffer>;
  /** For a stored entry, where its bytes lie in the zip, so a Blob can be a slice, not a copy. */
  storedAt?: { start: number; end: number };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Where an entry's data lies, after its local header was checked against the directory. */
async function locateData(
  file: Blob,
  entry: ZipEntry,
  slotEnd: number,
): Promise<{ dataStart: number; dataEnd: number }> {
  const header = new Uint8Array(
    await file.slice(entry.localOffset, entry.localOffset + 30).arrayBuffer(),
  );
  const v = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (header.length < 30 || v.getUint32(0, true) !== SIG_LOCAL) {
    throw new PackError('corrupt-zip', `${entry.name}: local header`);
  }
  if (v.getUint16(6, true) & 0x41) throw new PackError('encrypted', entry.name);
  if (v.getUint16(8, true) !== entry.method)
    throw new PackError('corrupt-zip', `${entry.name}: method`);
  const nameLength = v.getUint16(26, true);
  const dataStart = entry.localOffset + 30 + nameLength + v.getUint16(28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > slotEnd) throw new PackError('corrupt-zip', `${entry.name}: overlaps`);
  const localName = new Uint8Array(
    await file.slice(entry.localOffset + 30, entry.localOffset + 30 + nameLength).arrayBuffer(),
  );
  if (!sameBytes(localName, entry.nameBytes))
    throw new PackError('corrupt-zip', `${entry.name}: name`);
  return { dataStart, dataEnd };
}

function checkDeclaredSize(entry: ZipEntry, maxBytes: number, budget: Budget): void {
  // The declared size is only used to refuse early; the real count is what is trusted.
  if (entry.size > maxBytes || budget.totalBytes + entry.size > budget.maxTotalBytes) {
    throw new PackError('too-large', entry.name);
  }
}

/**
 * @param slotEnd where the next entry (or the central directory) starts: this entry's data
 *   must end before it.
 */
export async function extractEntry(
  file: Blob,
  entry: ZipEntry,
  slotEnd: number,
  maxBytes: number,
  budget: Budget,
  signal?: AbortSignal,
): Promise<Extracted> {
  const { dataStart, dataEnd } = await locateData(file, entry, slotEnd);
  checkDeclaredSize(entry, maxBytes, budget);
  let out: Extracted;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size)
      throw new PackError('corrupt-zip', `${entry.name}: size`);
    budget.totalBytes += entry.size;
    out = {
      bytes: new Uint8Array(await file.slice(dataStart, dataEnd).arrayBuffer()),
      storedAt: { start: dataStart, end: dataEnd },
    };
  } else if (entry.method === 8) {
    out = { bytes: await inflate(file, dataStart, dataEnd, entry, maxBytes, budget, signal) };
  } else {
    throw new PackError('unsupported-zip', `${entry.name}: method ${entry.method}`);
  }
  if (out.bytes.length !== entry.size) throw new PackError('corrupt-zip', `${entry.name}: size`);
  if (crc32(out.bytes) !== entry.crc) throw new PackError('corrupt-zip', `${entry.name}: CRC`);
  return out;
}

async function inflate(
  file: Blob,
  start: number,
  end: number,
  entry: ZipEntry,
  maxBytes: number,
  budget: Budget,
  signal?: AbortSignal,
): Promise<Uint8Array<ArrayBuffer>> {
  if (start === end) throw new PackError('corrupt-zip', `${entry.name}: deflate`);
  const chunks: Uint8Array[] = [];
  // Mutated by the inflater's callback, read after each push.
  const state = { count: 0, over: false, finished: false };
  const inflater = new Inflate((data, final) => {
    state.count += data.length;
    if (state.count > maxBytes || budget.totalBytes + state.count > budget.maxTotalBytes) {
      state.over = true;
    }
    if (!state.over) chunks.push(data);
    if (final) state.finished = true;
  });
  for (let at = start; at < end; at += READ_STEP) {
    signal?.throwIfAborted();
    const block = new Uint8Array(await file.slice(at, Math.min(end, at + READ_STEP)).arrayBuffer());
    for (let i = 0; i < block.length; i += INFLATE_STEP) {
      const last = at + i + INFLATE_STEP >= end;
      try {
        inflater.push(block.subarray(i, i + INFLATE_STEP), last);
      } catch (e) {
        throw new PackError('corrupt-zip', `${entry.name}: deflate`, { cause: e });
      }
      if (state.over) throw new PackError('too-large', entry.name);
    }
  }
  if (!state.finished) throw new PackError('corrupt-zip', `${entry.name}: deflate`);
  budget.totalBytes += state.count;
  const bytes = new Uint8Array(state.count);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return bytes;
}

/** A stored entry checked step by step, never whole in memory. */
export interface CheckedSlice {
  storedAt: { start: number; end: number };
  /** Hex SHA-256 of the entry's bytes. */
  sha256: string;
  /** The first bytes, to tell the real type. */
  head: Uint8Array;
}

/**
 * A **stored** entry (a photo, a video) checked like `extractEntry` (header, slot, limits, CRC)
 * and hashed in READ_STEP pieces, so that its bytes stay in the zip and come back as a slice of
 * it; `pieces.keep` lends the pieces' buffer from one entry to the next.
 */
export async function checkStoredEntry(
  file: Blob,
  entry: ZipEntry,
  slotEnd: number,
  maxBytes: number,
  budget: Budget,
  hash: { update: (b: Uint8Array) => void; digest: () => string },
  pieces: PieceOptions = {},
): Promise<CheckedSlice> {
  const { dataStart, dataEnd } = await locateData(file, entry, slotEnd);
  checkDeclaredSize(entry, maxBytes, budget);
  if (entry.method !== 0 || entry.compressedSize !== entry.size) {
    throw new PackError('corrupt-zip', `${entry.name}: size`);
  }
  budget.totalBytes += entry.size;
  let crc = 0;
  let head: Uint8Array | undefined;
  // One READ_STEP buffer, filled again for each step (see blobPieces): nothing of the entry
  // stays behind for the garbage collector, however big the entry.
  for await (const block of blobPieces(file.slice(dataStart, dataEnd), READ_STEP, pieces)) {
    head ??= block.slice(0, 1024);
    crc = crc32(block, crc);
    hash.update(block);
  }
  if (crc !== entry.crc) throw new PackError('corrupt-zip', `${entry.name}: CRC`);
  return {
    storedAt: { start: dataStart, end: dataEnd },
    sha256: hash.digest(),
    head: head ?? new Uint8Array(0),
  };
}
