/// <reference lib="webworker" />
/**
 * Checks a bundle and prepares its photos off the main thread. Reading checks everything before
 * the app writes anything (src/bundle/read-bundle.ts); sealing makes each photo's thumbnail and
 * seals bytes and thumbnail with the target book's key, so the commit is one quick transaction.
 */
import { BundleError } from '../bundle/errors';
import { readBundle } from '../bundle/read-bundle';
import { browserCodec } from '../media/browser-codec';
import type { FromImportWorker, SealedImportPhoto, ToImportWorker } from './handover-protocol';
import { sealImportPhoto } from './seal-import-photo';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToImportWorker>) => void) | null;
  postMessage: (message: FromImportWorker) => void;
}

const scope = self as unknown as WorkerScope;
const controller = new AbortController();

async function sealPhotos(msg: Extract<ToImportWorker, { type: 'seal' }>): Promise<void> {
  const out: SealedImportPhoto[] = [];
  // Counted in photos: the page says "3 of 30" and announces every tenth photo.
  const total = msg.photos.length;
  for (const { photo, bytes, originalAad, thumbAad } of msg.photos) {
    controller.signal.throwIfAborted();
    out.push(
      await sealImportPhoto(msg.key, photo, bytes, { originalAad, thumbAad }, (b, w, h) =>
        browserCodec.thumbnail(b, w, h),
      ),
    );
    scope.postMessage({ type: 'progress', phase: 'seal', done: out.length, total });
  }
  scope.postMessage({ type: 'sealed', photos: out });
}

function failureCode(e: unknown): string {
  if (controller.signal.aborted) return 'cancelled';
  if (e instanceof BundleError) return e.code;
  return 'import-failed';
}

scope.onmessage = (e) => {
  const msg = e.data;
  let work: Promise<void>;
  if (msg.type === 'cancel') {
    controller.abort();
    return;
  } else if (msg.type === 'read') {
    work = readBundle(msg.file, {
      signal: controller.signal,
      onProgress: (done, total) => {
        scope.postMessage({ type: 'progress', phase: 'check', done, total });
      },
    }).then((contents) => {
      scope.postMessage({ type: 'read', contents });
    });
  } else {
    work = sealPhotos(msg);
  }
  work.catch((err: unknown) => {
    if (!(err instanceof BundleError)) console.error(err);
    scope.postMessage({ type: 'failed', code: failureCode(err) });
  });
};
