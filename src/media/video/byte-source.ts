/**
 * Where a video cleaner reads from: a Blob (a picked file, a pack's slice) or, in the pack's
 * export, the item's sealed pieces opened one at a time. The cleaners read headers and the
 * index only, so a source is asked for small ranges (and `moov` whole) and need never hold the
 * file.
 */
export interface ByteSource {
  readonly size: number;
  /** The bytes of `[start, end)` (end at most `size`) in a buffer of their own, free to edit. */
  read: (start: number, end: number) => Promise<Uint8Array<ArrayBuffer>>;
}

export function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer()),
  };
}
