/**
 * The import workers' work, done in the calling thread: for tests (jsdom has no Worker) and for
 * benchmarks that want to time the pieces. The thumbnail is a stand-in; the real worker draws
 * one with the browser's decoder.
 */
import { BundleError, readBundle } from '../../../bundle';
import { importPhotoAads } from '../../../db';
import { sealImportPhoto } from '../../../workers/seal-import-photo';
import type { ImportWorkers } from './import-client';
import { HandoverFailure } from './worker-channel';

export function inProcessWorkers(thumbnail: () => Blob): ImportWorkers {
  return {
    check: (file, opts) =>
      readBundle(file, {
        ...(opts.signal ? { signal: opts.signal } : {}),
        onProgress: (done, total) => opts.onProgress?.('check', done, total),
      }).catch((e: unknown) => {
        if (opts.signal?.aborted) throw new HandoverFailure('cancelled');
        throw e instanceof BundleError ? new HandoverFailure(e.code) : e;
      }),
    seal: (key, bookId, photos) =>
      Promise.all(
        photos.map((p) =>
          sealImportPhoto(key, p.photo, p.bytes, importPhotoAads(bookId, p.photo.id), () =>
            Promise.resolve(thumbnail()),
          ),
        ),
      ),
  };
}
