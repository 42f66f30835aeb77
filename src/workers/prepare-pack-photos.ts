/**
 * Every item of a checked pack through its own importer's checks, in the import worker: limits,
 * metadata removal and, for pictures, a decode. Photos, drawings and scanned papers go through
 * the photo importer's cleaner (which draws the thumbnail), PDF papers through the paper cleaner
 * (pages counted again), videos through the video cleaner (slices of the pack with the metadata
 * overwritten, never read whole), voice notes by their length and the same cleaner, sound only. An item that fails stays out
 * (with every reference to it) and the report names it with the reason; the others carry their
 * clean bytes, their new SHA-256 and size. Already clean bytes (every pack this app wrote) come
 * back unchanged, and stay slices of the pack rather than copies in memory.
 */
import type { PackContents, RefusedPhoto } from '@/pack';
import { createStreamHash, withoutPhotos } from '@/pack';
import { MEDIA_LIMITS, isPicture, mediaKindOf, type Photo } from '@/domain';
import { checkStoredPhoto, cleanVideo, cleanVoice } from '@/media';
import { blobPieces, sha256Hex } from '@/crypto';
import { cleanPdf } from '@/media/paper';

/** Bytes hashed at once; a byte stream hands out at most this much per read anyway. */
const HASH_PIECE_BYTES = 1024 * 1024;

export type Thumbnail = (clean: Blob, width: number, height: number) => Promise<Blob>;

export interface PrepareOptions {
  signal?: AbortSignal;
  /** Photo bytes checked so far, of all. */
  onProgress?: (done: number, total: number) => void;
}

/** An item's clean bytes and what the cleaning learnt, or why it stays out. */
type Prepared =
  { ok: true; blob: Blob; record: Photo; thumb?: Blob } | { ok: false; reason: string };

function reasonOf(e: unknown): string {
  if (e instanceof Error && 'reason' in e && typeof e.reason === 'string') return e.reason;
  return 'unknown';
}

/** A cleaned video's SHA-256, read into one buffer piece after piece (see blobPieces). */
async function hashBlob(blob: Blob, signal?: AbortSignal): Promise<string> {
  const hash = await createStreamHash();
  for await (const piece of blobPieces(blob, HASH_PIECE_BYTES, signal ? { signal } : {})) {
    hash.update(piece);
  }
  return hash.digest();
}

/** The record follows its bytes: what describes the bytes is taken from the clean bytes. */
function described(photo: Photo, sha256: string, byteLength: number, extra: Partial<Photo> = {}) {
  return { ...photo, ...extra, sha256, byteLength };
}

async function preparePicture(photo: Photo, blob: Blob, thumbnail: Thumbnail): Promise<Prepared> {
  const checked = await checkStoredPhoto(new Uint8Array(await blob.arrayBuffer()), thumbnail);
  if (!checked.ok) return { ok: false, reason: checked.reason };
  const { clean, sha256, thumb } = checked.photo;
  const unchanged = sha256 === photo.sha256 && clean.bytes.byteLength === blob.size;
  return {
    ok: true,
    blob: unchanged ? blob : new Blob([clean.bytes], { type: clean.mime }),
    // The record keeps its own sizes as shown (a merge compares them).
    record: described(photo, sha256, clean.bytes.byteLength),
    thumb,
  };
}

async function preparePdf(photo: Photo, blob: Blob): Promise<Prepared> {
  const cleaned = await cleanPdf(new Uint8Array(await blob.arrayBuffer()));
  const sha256 = await sha256Hex(cleaned.bytes);
  const unchanged = sha256 === photo.sha256;
  return {
    ok: true,
    blob: unchanged ? blob : new Blob([cleaned.bytes], { type: 'application/pdf' }),
    // No first page is drawn here: the paper shows its icon (thumbless) until one is.
    record: described(photo, sha256, cleaned.bytes.byteLength, {
      pageCount: cleaned.pageCount,
      thumbless: true,
    }),
  };
}

/** A video or a voice note: cleaned in place by the video cleaner (sound only for a voice). */
async function prepareStream(
  photo: Photo,
  blob: Blob,
  kind: 'video' | 'voice',
  signal?: AbortSignal,
): Promise<Prepared> {
  const cleaned = await (kind === 'video' ? cleanVideo(blob) : cleanVoice(blob));
  if (cleaned.mime !== photo.mime) return { ok: false, reason: 'unsupported-type' };
  const sha256 = await hashBlob(cleaned.blob, signal);
  const unchanged = sha256 === photo.sha256;
  // A video's poster frame is drawn by a player, which a worker does not have: the icon shows.
  const extra = kind === 'video' ? { thumbless: true } : {};
  return {
    ok: true,
    blob: unchanged ? blob : cleaned.blob,
    record: described(photo, sha256, cleaned.blob.size, extra),
  };
}

/** One item by its kind; a cleaner's refusal becomes the reason it stays out. */
async function prepareItem(
  photo: Photo,
  blob: Blob,
  thumbnail: Thumbnail,
  signal?: AbortSignal,
): Promise<Prepared> {
  const kind = mediaKindOf(photo);
  try {
    if (isPicture(kind) || (kind === 'paper' && photo.mime !== 'application/pdf')) {
      return await preparePicture(photo, blob, thumbnail);
    }
    if (kind === 'paper') return await preparePdf(photo, blob);
    if (kind === 'video') return await prepareStream(photo, blob, 'video', signal);
    // A voice note: its length is the recorder's limit; cleaned like a video, sound only.
    if ((photo.durationMs ?? 0) > MEDIA_LIMITS.voiceMs) return { ok: false, reason: 'too-long' };
    return await prepareStream(photo, blob, 'voice', signal);
  } catch (e) {
    // Stopped: the whole check stops, the item is not refused.
    if (signal?.aborted === true) throw e;
    return { ok: false, reason: reasonOf(e) };
  }
}

export async function preparePackPhotos(
  contents: PackContents,
  thumbnail: Thumbnail,
  opts: PrepareOptions = {},
): Promise<PackContents> {
  const photoBlobs = new Map<string, Blob>();
  const thumbBlobs = new Map<string, Blob>();
  const photos = new Map<string, Photo>();
  const refused: RefusedPhoto[] = [];
  const total = contents.data.photos.reduce((n, p) => n + p.byteLength, 0);
  let done = 0;
  for (const photo of contents.data.photos) {
    opts.signal?.throwIfAborted();
    const blob = contents.photoBlobs.get(photo.id);
    const file = contents.photoFiles?.get(photo.id) ?? photo.id;
    if (!blob) continue;
    const prepared = await prepareItem(photo, blob, thumbnail, opts.signal);
    done += photo.byteLength;
    opts.onProgress?.(done, total);
    if (!prepared.ok) {
      refused.push({ id: photo.id, file, reason: prepared.reason, kind: mediaKindOf(photo) });
      continue;
    }
    photoBlobs.set(photo.id, prepared.blob);
    if (prepared.thumb) thumbBlobs.set(photo.id, prepared.thumb);
    photos.set(photo.id, prepared.record);
  }
  const kept = withoutPhotos(contents.data, new Set(refused.map((r) => r.id)));
  return {
    ...contents,
    data: { ...kept, photos: kept.photos.map((p) => photos.get(p.id) ?? p) },
    photoBlobs,
    thumbBlobs,
    report: { ...contents.report, refusedPhotos: [...contents.report.refusedPhotos, ...refused] },
  };
}
