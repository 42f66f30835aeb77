/**
 * MediaRecorder writes WebM as a live stream: the Segment has an unknown size and its Info has no
 * Duration, so a player shows no length and cannot seek until it has read the whole file. Once the
 * recording is finished its length is known; this writes it into the Info element. Only the first
 * bytes are read and rewritten (Info comes before the first Cluster), never the whole recording.
 */

const ID = {
  ebml: 0x1a45dfa3,
  segment: 0x18538067,
  seekHead: 0x114d9b74,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  duration: 0x4489,
  cluster: 0x1f43b675,
} as const;

/** How many first bytes are read to find Info: Chrome's and Firefox's come well within this. */
export const WEBM_HEAD_BYTES = 64 * 1024;

interface Vint {
  value: number;
  length: number;
  /** All value bits set: "size unknown" (a live stream's Segment and Clusters). */
  unknown: boolean;
}

/** An EBML variable-length integer at `pos`; `keepMarker` for element IDs, which keep it. */
function readVint(bytes: Uint8Array, pos: number, keepMarker: boolean): Vint | undefined {
  const first = bytes[pos];
  if (first === undefined || first === 0) return undefined;
  const length = Math.clz32(first) - 23;
  if (length > 8 || pos + length > bytes.length) return undefined;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i += 1) {
    const b = bytes[pos + i] ?? 0;
    value = value * 256 + b;
    allOnes &&= b === 0xff;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

interface Element {
  id: number;
  /** Where the element starts, where its size field starts, and where its body starts and ends. */
  start: number;
  sizeAt: number;
  bodyAt: number;
  end: number;
  unknownSize: boolean;
}

function readElement(bytes: Uint8Array, pos: number): Element | undefined {
  const id = readVint(bytes, pos, true);
  if (!id) return undefined;
  const size = readVint(bytes, pos + id.length, false);
  if (!size) return undefined;
  const bodyAt = pos + id.length + size.length;
  return {
    id: id.value,
    start: pos,
    sizeAt: pos + id.length,
    bodyAt,
    end: size.unknown ? Number.POSITIVE_INFINITY : bodyAt + size.value,
    unknownSize: size.unknown,
  };
}

/** An unsigned integer element's value (TimecodeScale). */
function readUint(bytes: Uint8Array, el: Element): number {
  let v = 0;
  for (let i = el.bodyAt; i < el.end; i += 1) v = v * 256 + (bytes[i] ?? 0);
  return v;
}

/** A size field of eight bytes: valid for any size, so nothing else needs to move. */
function size8(value: number): Uint8Array {
  const out = new Uint8Array(8);
  out[0] = 0x01;
  let v = value;
  for (let i = 7; i >= 1; i -= 1) {
    out[i] = v % 256;
    v = Math.floor(v / 256);
  }
  return out;
}

function durationElement(value: number): Uint8Array {
  const out = new Uint8Array(11);
  out.set([0x44, 0x89, 0x88]);
  new DataView(out.buffer).setFloat64(3, value);
  return out;
}

/**
 * The recording's first bytes with a Duration written into Info, and where in the original
 * bytes the rest continues (`restAt`); undefined when the file is not laid out as expected (a
 * SeekHead or Cues whose offsets would move, Info already with a length, or not WebM at all):
 * the recording is then kept as it is, still playable, just without a length up front.
 */
export function webmWithDuration(
  head: Uint8Array,
  durationMs: number,
): { head: Uint8Array<ArrayBuffer>; restAt: number } | undefined {
  const ebml = readElement(head, 0);
  if (ebml?.id !== ID.ebml || !Number.isFinite(ebml.end)) return undefined;
  const segment = readElement(head, ebml.end);
  // A Segment of known size would have to grow too; MediaRecorder's never has one.
  if (segment?.id !== ID.segment || !segment.unknownSize) return undefined;
  let pos = segment.bodyAt;
  for (;;) {
    const el = readElement(head, pos);
    if (!el || el.id === ID.cluster || el.id === ID.seekHead || !Number.isFinite(el.end)) {
      return undefined;
    }
    if (el.end > head.length) return undefined;
    if (el.id === ID.info) return withDuration(head, el, durationMs);
    pos = el.end;
  }
}

function withDuration(
  head: Uint8Array,
  info: Element,
  durationMs: number,
): { head: Uint8Array<ArrayBuffer>; restAt: number } | undefined {
  let scale = 1_000_000;
  for (let pos = info.bodyAt; pos < info.end;) {
    const el = readElement(head, pos);
    if (!el || el.end > info.end) return undefined;
    if (el.id === ID.duration) return undefined;
    if (el.id === ID.timecodeScale) scale = readUint(head, el) || scale;
    pos = el.end;
  }
  const duration = durationElement((durationMs * 1_000_000) / scale);
  const body = head.subarray(info.bodyAt, info.end);
  const out = new Uint8Array(info.sizeAt + 8 + body.length + duration.length);
  out.set(head.subarray(0, info.sizeAt), 0);
  out.set(size8(body.length + duration.length), info.sizeAt);
  out.set(body, info.sizeAt + 8);
  out.set(duration, info.sizeAt + 8 + body.length);
  return { head: out, restAt: info.end };
}

/** The recording with its length written in, or the recording as it was when that cannot be done. */
export async function withWebmDuration(blob: Blob, durationMs: number): Promise<Blob> {
  const head = new Uint8Array(await blob.slice(0, WEBM_HEAD_BYTES).arrayBuffer());
  const fixed = webmWithDuration(head, durationMs);
  if (!fixed) return blob;
  return new Blob([fixed.head, blob.slice(fixed.restAt)], { type: blob.type });
}
