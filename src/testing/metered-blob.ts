/**
 * A Blob that tells how it was read, to prove a big item is read in bounded pieces into memory
 * that is used again: its stream is a byte stream that serves only BYOB reads (a default reader,
 * which makes a new buffer for every chunk, fails), hands out at most `step` bytes per read (as a
 * browser does), and notes the size of each read and whether it landed in fresh memory (all
 * zeros: a new buffer) or in memory that held earlier bytes (the same buffer filled again).
 * `slice` gives a metered Blob of the range, sharing the meter; `arrayBuffer` reads are noted.
 */
export interface Meter {
  /** Bytes handed out by the streams. */
  streamed: number;
  /** Each BYOB read's size, in order. */
  asks: number[];
  /** BYOB reads that landed in memory of zeros only: a buffer not filled before. */
  freshReads: number;
  /** Each `arrayBuffer()` read's size (headers are read so; an item never should be). */
  wholeReads: number[];
  /** Streams cancelled (a reader that stopped early). */
  cancelled: number;
}

export function newMeter(): Meter {
  return { streamed: 0, asks: [], freshReads: 0, wholeReads: [], cancelled: 0 };
}

function allZero(bytes: Uint8Array): boolean {
  return bytes.every((b) => b === 0);
}

/** Serves `bytes` to BYOB reads only, at most `step` bytes a read. */
function byteStream(bytes: Uint8Array, step: number, meter: Meter): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    type: 'bytes',
    start(controller) {
      if (bytes.length === 0) controller.close();
    },
    pull(controller) {
      const request = controller.byobRequest;
      if (!request?.view) {
        controller.error(new TypeError('metered blob: read with a BYOB reader'));
        return;
      }
      const { buffer, byteOffset, byteLength } = request.view;
      const view = new Uint8Array(buffer, byteOffset, byteLength);
      const n = Math.min(view.length, step, bytes.length - at);
      meter.asks.push(view.length);
      if (allZero(view.subarray(0, n))) meter.freshReads += 1;
      view.set(bytes.subarray(at, at + n));
      at += n;
      meter.streamed += n;
      request.respond(n);
      if (at >= bytes.length) controller.close();
    },
    cancel() {
      meter.cancelled += 1;
    },
  });
}

export class MeteredBlob extends Blob {
  constructor(
    private readonly data: Uint8Array<ArrayBuffer>,
    readonly meter: Meter = newMeter(),
    private readonly step = 64 * 1024,
    type = '',
  ) {
    super([data], { type });
  }

  override slice(start?: number, end?: number, contentType?: string): Blob {
    const from = clamp(start ?? 0, this.data.length);
    const to = Math.max(from, clamp(end ?? this.data.length, this.data.length));
    const part = this.data.subarray(from, to);
    return new MeteredBlob(part, this.meter, this.step, contentType ?? '');
  }

  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    return byteStream(this.data, this.step, this.meter) as ReadableStream<Uint8Array<ArrayBuffer>>;
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    this.meter.wholeReads.push(this.data.length);
    return Promise.resolve(this.data.slice().buffer);
  }

  override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    this.meter.wholeReads.push(this.data.length);
    return Promise.resolve(this.data.slice());
  }
}

/** A Blob position as `Blob.slice` reads it: negative counts from the end. */
function clamp(at: number, size: number): number {
  return at < 0 ? Math.max(0, size + at) : Math.min(at, size);
}

/** The bytes `(i % 251) + 1`: never zero, so a read into earlier bytes never looks fresh. */
export function nonZeroBytes(size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) out[i] = (i % 251) + 1;
  return out;
}
