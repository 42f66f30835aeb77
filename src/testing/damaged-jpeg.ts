/**
 * JPEGs with damaged compressed data, as a worn memory card or a broken copy leaves them. Each
 * damage was checked in Chromium 156: `shows` says whether `createImageBitmap` and `<img>` still
 * decode the picture (with grey or smeared blocks), which is what the app's decode check asks.
 */

/** Where the compressed picture (the first scan's data) starts and ends (before EOI). */
export function scanDataRange(jpeg: Uint8Array): { start: number; end: number } {
  for (let i = 2; i + 3 < jpeg.length;) {
    const length = ((jpeg[i + 2] ?? 0) << 8) | (jpeg[i + 3] ?? 0);
    if (jpeg[i + 1] === 0xda) return { start: i + 2 + length, end: jpeg.lastIndexOf(0xd9) - 1 };
    i += 2 + length;
  }
  throw new Error('no scan in this JPEG');
}

export interface ScanDamage {
  name: string;
  bytes: readonly number[];
  /** Chromium still shows the picture. */
  shows: boolean;
}

export const SCAN_DAMAGE: readonly ScanDamage[] = [
  // An APP1 marker inside the picture whose length leads to no further marker.
  {
    name: 'app1-in-scan',
    bytes: [0xff, 0xe1, 0x00, 0x10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    shows: true,
  },
  { name: 'tem-in-scan', bytes: [0xff, 0x01, 0x34], shows: true },
  { name: 'restart-out-of-order', bytes: [0xff, 0xd3, 0x12, 0x34], shows: true },
  { name: 'zeros', bytes: new Array<number>(4096).fill(0), shows: true },
  // A reserved marker: libjpeg stops with an error, so no browser shows the picture.
  { name: 'reserved-marker', bytes: [0xff, 0x12, 0x34, 0x56], shows: false },
];

/** The JPEG with `damage` written over its compressed data, halfway through it. */
export function damageScan(jpeg: Uint8Array, damage: readonly number[]): Uint8Array<ArrayBuffer> {
  const { start, end } = scanDataRange(jpeg);
  const at = Math.floor((start + end) / 2);
  if (at + damage.length > end) throw new Error('the damage does not fit in the scan');
  const out = new Uint8Array(jpeg);
  out.set(damage, at);
  return out;
}
