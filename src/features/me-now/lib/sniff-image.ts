/** Image types Livsbog stores. SVG is refused: it can carry script and external references. */
export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif';

function startsWith(b: Uint8Array, sig: readonly number[], offset = 0): boolean {
  return sig.every((v, i) => b[offset + i] === v);
}

/** The real type from the first bytes, whatever the file name or browser says. */
export function sniffImageType(head: Uint8Array): ImageType | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  if (startsWith(head, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  return null;
}
