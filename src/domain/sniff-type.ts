/**
 * The real type of a file from its first bytes, whatever its name or the browser says. A photo
 * named `.jpg` may be a PNG, a HEIC from an iPhone, an SVG or a text file; a video named `.mp4`
 * may be a QuickTime movie. One sniffer for every kind and every layer (the photo and video
 * import, papers, Mig nu's photo and a pack's items), so it lives in the domain: pure, no I/O.
 */
import { MEDIA_TYPES, mediaKindOf } from './media-kinds';
import type { Photo } from './types';

export type SniffedType =
  | 'jpeg'
  | 'png'
  | 'webp'
  | 'gif'
  | 'heic'
  | 'avif'
  | 'svg'
  | 'tiff'
  | 'bmp'
  | 'mp4'
  | 'mov'
  | 'webm'
  | 'matroska'
  | 'unknown';

/** Enough bytes for every signature below, an SVG's XML prolog and comments included. */
export const SNIFF_BYTES = 1024;

function startsWith(b: Uint8Array, sig: readonly number[], offset = 0): boolean {
  return sig.every((v, i) => b[offset + i] === v);
}

/** Bytes past the end read as nothing: a short head is an unknown type, never an error. */
function ascii(b: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < Math.min(end, b.length); i += 1) s += String.fromCharCode(b[i] ?? 0);
  return s;
}

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const AVIF_BRANDS = new Set(['avif', 'avis']);
/** Brands of MP4 files as phones, cameras, screen recorders and ffmpeg write them. */
const MP4_BRANDS = new Set([
  'isom',
  'iso2',
  'iso3',
  'iso4',
  'iso5',
  'iso6',
  'mp41',
  'mp42',
  'avc1',
  'hvc1',
  'M4V ',
  'M4VP',
  'M4VH',
  'MSNV',
  'XAVC',
  'f4v ',
  'mmp4',
  '3gp4',
  '3gp5',
  '3gp6',
  '3gp7',
  '3g2a',
]);
/** Boxes a QuickTime movie from before `ftyp` existed may start with. */
const QUICKTIME_FIRST_BOXES = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);

/** A video's ftyp: QuickTime (`qt  `) or one of the MP4 brands, the major brand first. */
function videoFtyp(brands: readonly string[]): SniffedType | undefined {
  const major = brands[0] ?? '';
  if (major === 'qt  ') return 'mov';
  if (MP4_BRANDS.has(major)) return 'mp4';
  return undefined;
}

/** ISO-BMFF `ftyp`: the major brand and the compatible brands decide HEIC against AVIF. */
function sniffFtyp(b: Uint8Array): SniffedType | undefined {
  if (ascii(b, 4, 8) !== 'ftyp') return undefined;
  const size = ((b[0] ?? 0) << 24) | ((b[1] ?? 0) << 16) | ((b[2] ?? 0) << 8) | (b[3] ?? 0);
  const end = Math.min(Math.max(size, 16), b.length);
  const brands = [ascii(b, 8, 12)];
  for (let i = 16; i + 4 <= end; i += 4) brands.push(ascii(b, i, i + 4));
  const video = videoFtyp(brands);
  if (video) return video;
  if (brands.some((x) => AVIF_BRANDS.has(x))) return 'avif';
  if (brands.some((x) => HEIC_BRANDS.has(x))) return 'heic';
  // `mif1`/`msf1` alone: a HEIF container; iPhones always add `heic`, so treat it as HEIC.
  if (brands.some((x) => x === 'mif1' || x === 'msf1')) return 'heic';
  if (brands.includes('qt  ')) return 'mov';
  if (brands.some((x) => MP4_BRANDS.has(x))) return 'mp4';
  return undefined;
}

/** EBML (Matroska and WebM): the header's DocType says which; only WebM is stored. */
function sniffEbml(b: Uint8Array): SniffedType | undefined {
  if (!startsWith(b, [0x1a, 0x45, 0xdf, 0xa3])) return undefined;
  const head = ascii(b, 4, 64);
  if (head.includes('webm')) return 'webm';
  if (head.includes('matroska')) return 'matroska';
  return 'unknown';
}

/** SVG is text: skip a byte-order mark, whitespace, an XML prolog, comments and a doctype. */
function looksLikeSvg(b: Uint8Array): boolean {
  const text = ascii(b, 0, SNIFF_BYTES)
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '')
    .trimStart()
    .toLowerCase();
  if (!text.startsWith('<')) return false;
  const stripped = text
    .replace(/<\?xml[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!doctype[\s\S]*?>/g, '')
    .trimStart();
  return stripped.startsWith('<svg');
}

export function sniffType(head: Uint8Array): SniffedType {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8))
    return 'webp';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'gif';
  const ftyp = sniffFtyp(head);
  if (ftyp) return ftyp;
  const ebml = sniffEbml(head);
  if (ebml) return ebml;
  if (head.length >= 8 && QUICKTIME_FIRST_BOXES.has(ascii(head, 4, 8))) return 'mov';
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'tiff';
  if (ascii(head, 0, 2) === 'BM' && head.length >= 26) return 'bmp';
  if (looksLikeSvg(head)) return 'svg';
  return 'unknown';
}

export type VideoType = Extract<SniffedType, 'mp4' | 'mov' | 'webm' | 'matroska'>;

/** A video container (Matroska included, which the video import refuses with its own reason). */
export function isVideoType(t: SniffedType): t is VideoType {
  return t === 'mp4' || t === 'mov' || t === 'webm' || t === 'matroska';
}

/** The four picture types the app stores as they are (SVG is refused: it can carry script). */
export type PhotoType = 'jpeg' | 'png' | 'webp' | 'gif';

export const MIME_OF: Readonly<Record<PhotoType, string>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
};

export function isPhotoType(t: SniffedType): t is PhotoType {
  return t in MIME_OF;
}

/** Readers find a PDF's header within the first kilobyte (some files start with stray bytes). */
export const PDF_SNIFF_BYTES = 1024;

/** Whether the bytes are a PDF: `%PDF-` within the first kilobyte, whatever the file's name. */
export function isPdf(head: Uint8Array): boolean {
  return ascii(head, 0, Math.min(head.length, PDF_SNIFF_BYTES)).includes('%PDF-');
}

/** Containers a pack's items come in; the record's kind says audio or video for WebM and MP4. */
export type Container = PhotoType | 'mp4' | 'mov' | 'webm' | 'ogg' | 'pdf';

/**
 * The container of a pack item's bytes, or undefined when it is none a book may hold. Any
 * `ftyp` counts as MP4 here (QuickTime by its major brand): a voice note's `audio/mp4` may
 * carry a brand the video import does not know, and the record's type is checked beside it.
 */
export function sniffContainer(head: Uint8Array): Container | undefined {
  const type = sniffType(head);
  if (isPhotoType(type) || type === 'webm') return type;
  if (ascii(head, 4, 8) === 'ftyp') return ascii(head, 8, 12) === 'qt  ' ? 'mov' : 'mp4';
  if (ascii(head, 0, 4) === 'OggS') return 'ogg';
  if (isPdf(head)) return 'pdf';
  return undefined;
}

const CONTAINER_OF_MIME: Readonly<Record<string, Container>> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'audio/webm': 'webm',
  'audio/mp4': 'mp4',
  'audio/ogg': 'ogg',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
  'application/pdf': 'pdf',
};

/**
 * Whether a pack item's bytes are what its record says: the record's `mime` is a type its kind
 * may be stored as, and the bytes' container is that type's.
 */
export function matchesRecordType(head: Uint8Array, item: Pick<Photo, 'kind' | 'mime'>): boolean {
  const mime = item.mime.toLowerCase();
  if (!MEDIA_TYPES[mediaKindOf(item)].includes(mime)) return false;
  const container = sniffContainer(head);
  return container !== undefined && CONTAINER_OF_MIME[mime] === container;
}
