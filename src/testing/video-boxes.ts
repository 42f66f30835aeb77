/**
 * A video with a big top-level box of `type` after it (a camera's own `udta`, padding in a
 * `free`), filled with bytes that are never zero: the cleaner zeroes such a box where it lies,
 * without reading it, so a test sees whether the box's bytes were read or held.
 */
export function withTopLevelBox(
  video: Uint8Array,
  size: number,
  type: string,
): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(video.length + size);
  out.set(video);
  const box = out.subarray(video.length);
  new DataView(box.buffer, box.byteOffset).setUint32(0, size);
  box.set(new TextEncoder().encode(type), 4);
  for (let i = 8; i < size; i += 1) box[i] = 1 + (i % 251);
  return out;
}
