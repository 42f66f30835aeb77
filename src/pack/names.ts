/**
 * File names inside the pack: plain ASCII so they survive every file system, zip tool and
 * e-mail gateway for decades, unique even when captions repeat, and never a name Windows refuses.
 */
import { fuzzySortKey, mediaKindOf } from '@/domain';
import type { Photo } from '@/domain';

export const SLUG_MAX = 40;

const DANISH: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa', ß: 'ss' };

/**
 * "Åse Ærø-Østergård" → "aase-aeroe-oestergaard". Danish letters get their traditional spelling,
 * other letters lose their accents, everything else becomes a single '-'.
 */
export function slugify(text: string, maxLength = SLUG_MAX): string {
  const spelled = text.toLowerCase().replace(/[æøåß]/g, (c) => DANISH[c] ?? '-');
  const plain = spelled.normalize('NFKD').replace(/\p{M}/gu, '');
  const slug = plain
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug;
}

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Windows refuses these as file names, whatever the extension ("con.txt" too). */
export function isWindowsReserved(name: string): boolean {
  return RESERVED.test(name);
}

/** A single safe path segment: slug, not reserved, no leading dot; `fallback` when empty. */
export function safeSegment(text: string, fallback: string, maxLength = SLUG_MAX): string {
  const slug = slugify(text, maxLength);
  if (slug === '' || isWindowsReserved(slug)) return fallback;
  return slug;
}

/** YYYY-MM-DD of the local calendar day: the day the person exporting sees. */
export function localDay(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** `livsbog-<nickname>-<yyyy-mm-dd>`: the bag's folder; the zip is this plus `.zip`. */
export function packRootName(nickname: string, date: Date): string {
  const slug = slugify(nickname);
  return slug === '' ? `livsbog-${localDay(date)}` : `livsbog-${slug}-${localDay(date)}`;
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'audio/webm': 'webm',
  'audio/mp4': 'm4a',
  'audio/ogg': 'ogg',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
  'application/pdf': 'pdf',
};

export function extensionForMime(mime: string): string {
  return EXTENSIONS[mime.toLowerCase()] ?? 'bin';
}

/**
 * The order photos appear in the book and are numbered in: by when they were taken (unknown
 * last), then when they were added, then id, so the numbering is the same on every export.
 */
export function orderPhotos<P extends Photo>(photos: readonly P[]): P[] {
  const key = (p: P) => `${fuzzySortKey(p.takenAt)}|${p.createdAt}|${p.id}`;
  return [...photos].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

/**
 * `media/0001-<caption>.jpg` for each item (`.m4a`, `.webm`, `.mp4`, `.mov`, `.pdf`, … by its
 * real type), keyed by id. The running number makes names
 * unique (equal captions too) and keeps the book's order in a file browser.
 */
export function mediaFileNames(photos: readonly Photo[]): Map<string, string> {
  const ordered = orderPhotos(photos);
  const width = Math.max(4, String(ordered.length).length);
  const names = new Map<string, string>();
  const used = new Set<string>();
  ordered.forEach((photo, i) => {
    // A paper or a voice note is named by its title; the kind when it has no words.
    const stem = safeSegment(photo.caption ?? photo.title ?? '', mediaKindOf(photo), 30);
    let name = `media/${String(i + 1).padStart(width, '0')}-${stem}.${extensionForMime(photo.mime)}`;
    // Numbers already make names unique; this only guards against a future change to the scheme.
    for (let n = 2; used.has(name); n += 1) name = name.replace(/(\.[a-z]+)$/, `-${n}$1`);
    used.add(name);
    names.set(photo.id, name);
  });
  return names;
}

/** `livsbog-del-01-af-03.pdf` (Danish) / `livsbog-part-01-of-03.pdf`: Digital Post parts. */
export function pdfPartFileName(index: number, count: number, locale: 'da' | 'en'): string {
  const width = Math.max(2, String(count).length);
  const i = String(index).padStart(width, '0');
  const n = String(count).padStart(width, '0');
  return locale === 'da' ? `livsbog-del-${i}-af-${n}.pdf` : `livsbog-part-${i}-of-${n}.pdf`;
}
