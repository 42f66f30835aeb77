/**
 * The real type of an item in a pack from its first bytes (never from its name or its record):
 * the container must be the one its record's `mime` names, and that type must be one its kind
 * may be stored as (`MEDIA_TYPES`).
 */
import { MEDIA_TYPES, mediaKindOf, type Photo } from '@/domain';

/** The real type of a photo from its first bytes; only the four types the app stores count. */
export type PhotoMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif';

/** Containers a pack's items come in; the record's kind says audio or video for WebM and MP4. */
export type Container = 'jpeg' | 'png' | 'webp' | 'gif' | 'mp4' | 'mov' | 'webm' | 'ogg' | 'pdf';

/** Enough bytes for every signature below (a PDF's header may follow a few stray bytes). */
export const SNIFF_HEAD_BYTES = 1024;

function startsWith(b: Uint8Array, sig: readonly number[], offset = 0): boolean {
  return sig.every((v, i) => b[offset + i] === v);
}

function ascii(b: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...b.subarray(from, Math.min(to, b.length)));
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

const PHOTO_CONTAINER: Readonly<Record<PhotoMime, Container>> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

/** The container of an item's bytes, or undefined when it is none a book may hold. */
export function sniffContainer(b: Uint8Array): Container | undefined {
  const photo = sniffPhotoMime(b);
  if (photo) return PHOTO_CONTAINER[photo];
  if (ascii(b, 4, 8) === 'ftyp') return ascii(b, 8, 12) === 'qt  ' ? 'mov' : 'mp4';
  // EBML with the DocType "webm" (a Matroska file is no WebM, and no browser plays it reliably).
  if (startsWith(b, [0x1a, 0x45, 0xdf, 0xa3]))
    return ascii(b, 4, 64).includes('webm') ? 'webm' : undefined;
  if (ascii(b, 0, 4) === 'OggS') return 'ogg';
  if (ascii(b, 0, SNIFF_HEAD_BYTES).includes('%PDF-')) return 'pdf';
  return undefined;
}

const CONTAINER_OF_MIME: Readonly<Record<string, Container>> = {
  ...PHOTO_CONTAINER,
  'audio/webm': 'webm',
  'audio/mp4': 'mp4',
  'audio/ogg': 'ogg',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
  'application/pdf': 'pdf',
};

/**
 * Whether the bytes are what the record says: its `mime` is a type its kind may be stored as,
 * and the bytes' container is that type's.
 */
export function matchesRecordType(head: Uint8Array, item: Pick<Photo, 'kind' | 'mime'>): boolean {
  const mime = item.mime.toLowerCase();
  if (!MEDIA_TYPES[mediaKindOf(item)].includes(mime)) return false;
  const container = sniffContainer(head);
  return container !== undefined && CONTAINER_OF_MIME[mime] === container;
}
