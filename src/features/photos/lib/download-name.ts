import type { Photo } from '@/domain';

/** File endings by the stored (sniffed) type; an unknown type falls back to the kind's usual one. */
const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
  'audio/webm': 'webm',
  'audio/mp4': 'm4a',
  'audio/ogg': 'ogg',
};

/** An ASCII file name that sorts by date: `livsbog-2019-07-14-<id>.jpg`. */
export function downloadName(photo: Photo): string {
  const d = photo.takenAt;
  const date = [d?.year, d?.month, d?.day]
    .filter((n) => n !== undefined)
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
  const ext = EXTENSIONS[photo.mime] ?? 'jpg';
  return ['livsbog', date, photo.id.slice(0, 8)].filter(Boolean).join('-') + `.${ext}`;
}
