/**
 * The zip's central directory, read from the end of the file. The pack is a Blob, so the
 * reader can seek; the central directory is the authoritative list of entries. (A forward-only
 * reader such as fflate's `Unzip` must guess where a stored entry with a data descriptor ends by
 * looking for a signature, and cuts a photo short when its bytes happen to contain one. Every
 * entry client-zip writes has a data descriptor.) Nothing here trusts a size: counts and sizes
 * are checked against limits and against the file, and the extraction counts real bytes.
 */
import { PackError } from '../errors';

export interface ZipEntry {
  name: string;
  /** The raw name, compared with the local header's. */
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  /** Declared size once inflated; checked against the real count when extracted. */
  size: number;
  localOffset: number;
  isDirectory: boolean;
  isSymlink: boolean;
}

export interface CentralDirectory {
  entries: ZipEntry[];
  /** Where the central directory starts: every entry's data must end before it. */
  cdOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const MAX32 = 0xffffffff;
const MAX16 = 0xffff;

async function bytesAt(file: Blob, start: number, length: number): Promise<Uint8Array> {
  if (start < 0 || start + length > file.size) throw new PackError('corrupt-zip', 'out of range');
  return new Uint8Array(await file.slice(start, start + length).arrayBuffer());
}

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

function u64(v: DataView, at: number): number {
  const n = v.getBigUint64(at, true);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new PackError('too-large', 'zip64 size');
  return Number(n);
}

interface EndRecord {
  count: number;
  cdSize: number;
  cdOffset: number;
}

async function findEnd(file: Blob): Promise<EndRecord> {
  if (file.size < 22) throw new PackError('not-a-zip');
  const tailLength = Math.min(file.size, 22 + MAX16 + 20);
  const tailStart = file.size - tailLength;
  const tail = await bytesAt(file, tailStart, tailLength);
  const v = view(tail);
  // From the end: the record whose comment runs exactly to the end of the file.
  for (let i = tail.length - 22; i >= 0; i -= 1) {
    if (v.getUint32(i, true) !== SIG_EOCD || i + 22 + v.getUint16(i + 20, true) !== tail.length) {
      continue;
    }
    if (v.getUint16(i + 4, true) !== 0 || v.getUint16(i + 6, true) !== 0) {
      throw new PackError('unsupported-zip', 'multi-disk');
    }
    const end = {
      count: v.getUint16(i + 10, true),
      cdSize: v.getUint32(i + 12, true),
      cdOffset: v.getUint32(i + 16, true),
    };
    const locator = i - 20;
    if (locator >= 0 && v.getUint32(locator, true) === SIG_ZIP64_LOCATOR) {
      return readZip64End(file, u64(v, locator + 8));
    }
    if (end.count === MAX16 || end.cdSize === MAX32 || end.cdOffset === MAX32) {
      throw new PackError('corrupt-zip', 'zip64 locator missing');
    }
    return end;
  }
  throw new PackError('not-a-zip');
}

async function readZip64End(file: Blob, offset: number): Promise<EndRecord> {
  const b = await bytesAt(file, offset, 56);
  const v = view(b);
  if (v.getUint32(0, true) !== SIG_ZIP64_EOCD) throw new PackError('corrupt-zip', 'zip64 end');
  if (v.getUint32(16, true) !== 0 || v.getUint32(20, true) !== 0) {
    throw new PackError('unsupported-zip', 'multi-disk');
  }
  return { count: u64(v, 32), cdSize: u64(v, 40), cdOffset: u64(v, 48) };
}

export interface CentralLimits {
  maxEntries: number;
  maxCentralBytes: number;
}

export async function readCentralDirectory(
  file: Blob,
  limits: CentralLimits,
): Promise<CentralDirectory> {
  const end = await findEnd(file);
  if (end.count > limits.maxEntries) throw new PackError('too-many-files', String(end.count));
  if (end.cdSize > limits.maxCentralBytes) throw new PackError('too-large', 'central directory');
  if (end.cdOffset + end.cdSize > file.size)
    throw new PackError('corrupt-zip', 'central directory');
  const cd = await bytesAt(file, end.cdOffset, end.cdSize);
  const v = view(cd);
  const entries: ZipEntry[] = [];
  let at = 0;
  while (at < cd.length) {
    if (entries.length >= limits.maxEntries) throw new PackError('too-many-files');
    if (at + 46 > cd.length || v.getUint32(at, true) !== SIG_CENTRAL) {
      throw new PackError('corrupt-zip', 'central directory record');
    }
    const { entry, length } = parseCentralRecord(cd, v, at);
    entries.push(entry);
    at += length;
  }
  if (entries.length !== end.count) throw new PackError('corrupt-zip', 'entry count');
  return { entries, cdOffset: end.cdOffset };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function parseCentralRecord(cd: Uint8Array, v: DataView, at: number) {
  const madeBy = v.getUint16(at + 4, true) >> 8;
  const flags = v.getUint16(at + 8, true);
  const method = v.getUint16(at + 10, true);
  const nameLength = v.getUint16(at + 28, true);
  const extraLength = v.getUint16(at + 30, true);
  const commentLength = v.getUint16(at + 32, true);
  const length = 46 + nameLength + extraLength + commentLength;
  if (at + length > cd.length) throw new PackError('corrupt-zip', 'central directory record');
  // Bit 0: traditional encryption; bit 6: strong encryption; method 99: AES.
  if (flags & 0x41 || method === 99) throw new PackError('encrypted');
  if (v.getUint16(at + 34, true) !== 0) throw new PackError('unsupported-zip', 'multi-disk');

  let size: number = v.getUint32(at + 24, true);
  let compressedSize: number = v.getUint32(at + 20, true);
  let localOffset: number = v.getUint32(at + 42, true);
  const extra = cd.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
  if (size === MAX32 || compressedSize === MAX32 || localOffset === MAX32) {
    ({ size, compressedSize, localOffset } = readZip64Extra(
      extra,
      size,
      compressedSize,
      localOffset,
    ));
  }
  const nameBytes = cd.slice(at + 46, at + 46 + nameLength);
  let name: string;
  try {
    name = decoder.decode(nameBytes);
  } catch {
    // Names are UTF-8 here (client-zip sets the flag); any other encoding is not ours.
    throw new PackError('bad-path', 'name is not UTF-8');
  }
  const unixMode = madeBy === 3 ? v.getUint32(at + 38, true) >>> 16 : 0;
  const entry: ZipEntry = {
    name,
    nameBytes,
    flags,
    method,
    crc: v.getUint32(at + 16, true),
    compressedSize,
    size,
    localOffset,
    isDirectory: name.endsWith('/'),
    isSymlink: (unixMode & 0xf000) === 0xa000,
  };
  return { entry, length };
}

/** The Zip64 extra field holds, in this order, only the values the record set to 0xFFFFFFFF. */
function readZip64Extra(extra: Uint8Array, size: number, compressed: number, offset: number) {
  const v = view(extra);
  for (let at = 0; at + 4 <= extra.length;) {
    const id = v.getUint16(at, true);
    const length = v.getUint16(at + 2, true);
    if (at + 4 + length > extra.length) break;
    if (id === 0x0001) {
      let p = at + 4;
      const take = () => {
        if (p + 8 > at + 4 + length) throw new PackError('corrupt-zip', 'zip64 extra');
        const n = u64(v, p);
        p += 8;
        return n;
      };
      const out = { size, compressedSize: compressed, localOffset: offset };
      if (size === MAX32) out.size = take();
      if (compressed === MAX32) out.compressedSize = take();
      if (offset === MAX32) out.localOffset = take();
      return out;
    }
    at += 4 + length;
  }
  throw new PackError('corrupt-zip', 'zip64 extra missing');
}
