/**
 * Reads a large file a window at a time: a 500 MB video is never read whole, and walking many
 * small headers (boxes, EBML elements) costs one read of the source per window, not one per
 * header.
 */
import { blobSource, type ByteSource } from './byte-source';
import { VideoFormatError } from './video-errors';

const WINDOW_BYTES = 1024 * 1024;

export class BlobWindow {
  readonly size: number;
  private readonly source: ByteSource;
  private start = 0;
  private bytes = new Uint8Array(0);

  constructor(
    file: Blob | ByteSource,
    private readonly windowBytes = WINDOW_BYTES,
  ) {
    this.source = file instanceof Blob ? blobSource(file) : file;
    this.size = file.size;
  }

  /** `length` bytes at `at`; fewer only where the file ends (a truncated file shows so). */
  async read(at: number, length: number): Promise<Uint8Array> {
    const end = Math.min(at + length, this.size);
    if (at < this.start || end > this.start + this.bytes.length) {
      this.start = at;
      const windowEnd = Math.min(this.size, at + Math.max(length, this.windowBytes));
      this.bytes = await this.source.read(at, windowEnd);
    }
    return this.bytes.subarray(at - this.start, end - this.start);
  }

  /** Exactly `length` bytes at `at`, or a `truncated` refusal. */
  async readExactly(at: number, length: number): Promise<Uint8Array> {
    const b = await this.read(at, length);
    if (b.length < length) throw new VideoFormatError('truncated');
    return b;
  }

  /** A copy of `length` bytes (to edit), read outside the window so a big box does not stay. */
  async copy(at: number, length: number): Promise<Uint8Array<ArrayBuffer>> {
    if (at + length > this.size) throw new VideoFormatError('truncated');
    return this.source.read(at, at + length);
  }
}
