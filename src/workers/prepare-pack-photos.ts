/**
 * Every photo of a checked pack through the photo importer's own checks, in the import worker:
 * limits, metadata removal and a decode. A photo that fails stays out (with every reference to
 * it) and the report names it with the reason; the others carry their clean bytes, their new
 * SHA-256 and size, and the thumbnail the decode drew. Already clean bytes (every pack this app
 * wrote) come back unchanged, and stay slices of the pack rather than copies in memory.
 */
import type { PackContents, RefusedPhoto } from '@/pack';
import { withoutPhotos } from '@/pack';
import type { Photo } from '@/domain';
import { checkStoredPhoto } from '@/media';

export type Thumbnail = (clean: Blob, width: number, height: number) => Promise<Blob>;

export interface PrepareOptions {
  signal?: AbortSignal;
  /** Photo bytes checked so far, of all. */
  onProgress?: (done: number, total: number) => void;
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
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const checked = await checkStoredPhoto(bytes, thumbnail);
    done += photo.byteLength;
    opts.onProgress?.(done, total);
    if (!checked.ok) {
      refused.push({ id: photo.id, file, reason: checked.reason });
      continue;
    }
    const { clean, sha256, thumb } = checked.photo;
    const unchanged = sha256 === photo.sha256 && clean.bytes.byteLength === blob.size;
    photoBlobs.set(photo.id, unchanged ? blob : new Blob([clean.bytes], { type: clean.mime }));
    thumbBlobs.set(photo.id, thumb);
    // The record keeps its own sizes as shown (a merge compares them); only what describes the
    // bytes follows the bytes.
    photos.set(photo.id, { ...photo, sha256, byteLength: clean.bytes.byteLength });
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
