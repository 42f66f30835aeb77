/** The real type of a photo from its first bytes; only the four types the app stores count. */
export type PhotoMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif';

function startsWith(b: Uint8Array, sig: readonly number[], offset = 0): boolean {
  return sig.every((v, i) => b[offset + i] === v);
}

export function sniffPhotoMime(b: Uint8Array): PhotoMime | undefined {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8)) {
    return 'image/webp';
  }
  if (
    startsWith(b, [0x47, 0x49, 0x46, 0x38]) &&
    (b[4] === 0x37 || b[4] === 0x39) &&
    b[5] === 0x61
  ) {
    return 'image/gif';
  }
  return undefined;
}
