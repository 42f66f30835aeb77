/**
 * Test-only: a zip as large as a grown-up's book (past 4 GiB, where offsets need zip64) without
 * the memory or disk for it. `farZip` puts `gap` bytes of zeros before a small zip's first entry
 * and moves every offset up by as much, written as client-zip writes an offset of 4 GiB or more:
 * 0xFFFFFFFF in the record, the real one in a zip64 extra field, and a zip64 end record with its
 * locator before the classic end. The zeros are never stored: the Blob serves them as it is read.
 */

const MAX32 = 0xffffffff;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;

interface Tail {
  cdOffset: number;
  cdSize: number;
  count: number;
}

/** The classic end record of a zip with no comment and no zip64 records (a small zip). */
function classicEnd(zip: Uint8Array): Tail {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = zip.length - 22;
  if (v.getUint32(at, true) !== SIG_EOCD) throw new Error('farZip: a zip without a comment');
  const cdOffset = v.getUint32(at + 16, true);
  if (cdOffset === MAX32) throw new Error('farZip: already zip64');
  return { cdOffset, cdSize: v.getUint32(at + 12, true), count: v.getUint16(at + 10, true) };
}

/** One central record with its local offset moved by `gap`, in a zip64 extra field. */
function movedRecord(cd: Uint8Array, at: number, gap: number): { bytes: Uint8Array; next: number } {
  const v = new DataView(cd.buffer, cd.byteOffset, cd.byteLength);
  if (v.getUint32(at, true) !== SIG_CENTRAL) throw new Error('farZip: central record');
  const nameLength = v.getUint16(at + 28, true);
  const extraLength = v.getUint16(at + 30, true);
  const commentLength = v.getUint16(at + 32, true);
  const fixed = 46 + nameLength + extraLength;
  const next = at + fixed + commentLength;
  const out = new Uint8Array(next - at + 12);
  const o = new DataView(out.buffer);
  out.set(cd.subarray(at, at + fixed));
  const offset = v.getUint32(at + 42, true) + gap;
  o.setUint32(42, MAX32, true);
  o.setUint16(30, extraLength + 12, true);
  o.setUint16(fixed, 0x0001, true);
  o.setUint16(fixed + 2, 8, true);
  o.setBigUint64(fixed + 4, BigInt(offset), true);
  out.set(cd.subarray(at + fixed, next), fixed + 12);
  return { bytes: out, next };
}

/** Zip64 end record, its locator and the classic end, as client-zip writes them. */
function zip64End(tail: Tail, cdOffset: number, cdSize: number): Uint8Array {
  const out = new Uint8Array(56 + 20 + 22);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x06064b50, true);
  v.setBigUint64(4, 44n, true);
  v.setUint16(12, 45, true);
  v.setUint16(14, 45, true);
  v.setBigUint64(24, BigInt(tail.count), true);
  v.setBigUint64(32, BigInt(tail.count), true);
  v.setBigUint64(40, BigInt(cdSize), true);
  v.setBigUint64(48, BigInt(cdOffset), true);
  v.setUint32(56, 0x07064b50, true);
  v.setBigUint64(64, BigInt(cdOffset + cdSize), true);
  v.setUint32(72, 1, true);
  v.setUint32(76, SIG_EOCD, true);
  v.setUint16(84, tail.count, true);
  v.setUint16(86, tail.count, true);
  v.setUint32(88, cdSize, true);
  v.setUint32(92, MAX32, true);
  return out;
}

/** The bytes after the gap: the zip's entries as they are, its directory and end rewritten. */
function movedZip(zip: Uint8Array, gap: number): Uint8Array<ArrayBuffer> {
  const tail = classicEnd(zip);
  const cd = zip.subarray(tail.cdOffset, tail.cdOffset + tail.cdSize);
  const records: Uint8Array[] = [];
  for (let at = 0; at < cd.length;) {
    const { bytes, next } = movedRecord(cd, at, gap);
    records.push(bytes);
    at = next;
  }
  const cdSize = records.reduce((n, r) => n + r.length, 0);
  const end = zip64End(tail, tail.cdOffset + gap, cdSize);
  const out = new Uint8Array(tail.cdOffset + cdSize + end.length);
  out.set(zip.subarray(0, tail.cdOffset));
  let at = tail.cdOffset;
  for (const r of [...records, end]) {
    out.set(r, at);
    at += r.length;
  }
  return out;
}

/** Bytes `[start, end)` of zeros (`[0, gap)`) followed by `body`. */
class GapBlob extends Blob {
  constructor(
    private readonly gap: number,
    private readonly body: Uint8Array<ArrayBuffer>,
    private readonly start: number,
    private readonly end: number,
    type = '',
  ) {
    super([], { type });
  }

  override get size(): number {
    return this.end - this.start;
  }

  /** Fills `into` with the bytes from `from` on. */
  private copy(from: number, into: Uint8Array): void {
    into.fill(0);
    const bodyFrom = Math.max(0, from - this.gap);
    const skip = Math.max(0, this.gap - from);
    if (skip < into.length)
      into.set(this.body.subarray(bodyFrom, bodyFrom + into.length - skip), skip);
  }

  override slice(start = 0, end = this.size, contentType = ''): Blob {
    const at = (n: number) =>
      this.start + (n < 0 ? Math.max(0, this.size + n) : Math.min(n, this.size));
    return new GapBlob(this.gap, this.body, at(start), Math.max(at(start), at(end)), contentType);
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    if (this.size > 256 * 2 ** 20) throw new Error('farZip: a whole read of the gap');
    const out = new Uint8Array(this.size);
    this.copy(this.start, out);
    return Promise.resolve(out.buffer);
  }

  override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(await this.arrayBuffer());
  }

  /** A byte stream, as a browser's: BYOB reads of at most 64 KiB. */
  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    let at = this.start;
    const end = this.end;
    return new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 65536,
      pull: (controller) => {
        const view = controller.byobRequest?.view;
        if (!view) throw new TypeError('farZip: no BYOB request');
        const n = Math.min(view.byteLength, 65536, end - at);
        this.copy(at, new Uint8Array(view.buffer, view.byteOffset, n));
        at += n;
        controller.byobRequest.respond(n);
        if (at >= end) controller.close();
      },
      start: (controller) => {
        if (at >= end) controller.close();
      },
    });
  }
}

/** `zip` (small, no comment, no zip64) with `gap` bytes of zeros before it, as one Blob. */
export function farZip(zip: Uint8Array, gap: number): Blob {
  if (gap < 2 ** 32) throw new RangeError('farZip: a gap of 4 GiB or more');
  const body = movedZip(zip, gap);
  return new GapBlob(gap, body, 0, gap + body.length);
}
