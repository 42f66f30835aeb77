/**
 * The import workers' work, done in the calling thread: for tests (jsdom has no Worker) and for
 * benchmarks that want to time the pieces. The same checks as the worker (the pack's, then the
 * photo importer's limits and cleaning); the thumbnail, which is also the decode, is a stand-in:
 * the real worker draws one with the browser's decoder. `thumbnail` may reject, as a browser
 * that cannot decode a photo does.
 */
import { PackError, SpaceError, checkPackSpace, readPack } from '@/pack';
import { importPhotoAads } from '@/db';
import { MAX_FILE_BYTES } from '@/media';
import { preparePackPhotos } from '@/workers/prepare-pack-photos';
import { sealImportPhoto } from '@/workers/seal-import-photo';
import type { ImportWorkers } from './import-client';
import { PackFailure } from './worker-channel';

export function inProcessWorkers(thumbnail: (bytes: Blob) => Blob | Promise<Blob>): ImportWorkers {
  const draw = async (bytes: Blob) => thumbnail(bytes);
  return {
    check: async (file, opts) => {
      try {
        const contents = await readPack(file, {
          ...(opts.signal ? { signal: opts.signal } : {}),
          maxPhotoBytes: MAX_FILE_BYTES,
          checkSpace: (bytes) => {
            checkPackSpace(bytes, opts.freeBytes);
          },
          onProgress: (done, total) => opts.onProgress?.('check', done, total),
        });
        return await preparePackPhotos(contents, draw, opts.signal ? { signal: opts.signal } : {});
      } catch (e) {
        if (opts.signal?.aborted) throw new PackFailure('cancelled');
        if (e instanceof SpaceError) {
          throw new PackFailure(e.code, { needed: e.needed, free: e.free });
        }
        throw e instanceof PackError ? new PackFailure(e.code) : e;
      }
    },
    seal: (key, bookId, photos) =>
      Promise.all(
        photos.map((p) =>
          sealImportPhoto(
            key,
            p.photo,
            p.bytes,
            importPhotoAads(bookId, p.photo.id),
            draw,
            p.thumb,
          ),
        ),
      ),
  };
}
