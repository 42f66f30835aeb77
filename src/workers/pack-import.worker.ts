/// <reference lib="webworker" />
/**
 * Checks a pack and prepares its photos off the main thread. Reading checks everything before
 * the app writes anything (src/pack/read-pack.ts); sealing makes each photo's thumbnail and
 * seals bytes and thumbnail with the target book's key, so the commit is one quick transaction.
 */
import { PackError } from '@/pack';
import { readPack } from '@/pack';
import { SpaceError, checkPackSpace } from '@/pack';
import { browserCodec } from '@/media';
import { MAX_FILE_BYTES } from '@/media';
import type { FromImportWorker, SealedImportPhoto, ToImportWorker } from './pack-protocol';
import { preparePackPhotos } from './prepare-pack-photos';
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
  for (const { photo, bytes, thumb, originalAad, thumbAad } of msg.photos) {
    controller.signal.throwIfAborted();
    out.push(
      await sealImportPhoto(
        msg.key,
        photo,
        bytes,
        { originalAad, thumbAad },
        (b, w, h) => browserCodec.thumbnail(b, w, h),
        thumb,
      ),
    );
    scope.postMessage({ type: 'progress', phase: 'seal', done: out.length, total });
  }
  scope.postMessage({ type: 'sealed', photos: out });
}

/**
 * The pack's own checks, then every photo through the photo importer's (limits, cleaning, a
 * decode). Progress counts the zip's bytes, then the photos' bytes, as one bar.
 */
async function checkPack(file: Blob, freeBytes: number | undefined): Promise<void> {
  let photoTotal = 0;
  const contents = await readPack(file, {
    signal: controller.signal,
    maxPhotoBytes: MAX_FILE_BYTES,
    checkSpace: (bytes) => {
      checkPackSpace(bytes, freeBytes);
      photoTotal = bytes;
    },
    onProgress: (done, total) => {
      scope.postMessage({ type: 'progress', phase: 'check', done, total: total + photoTotal });
    },
  });
  const prepared = await preparePackPhotos(contents, (b, w, h) => browserCodec.thumbnail(b, w, h), {
    signal: controller.signal,
    onProgress: (done) => {
      const total = file.size + photoTotal;
      scope.postMessage({ type: 'progress', phase: 'check', done: file.size + done, total });
    },
  });
  scope.postMessage({ type: 'read', contents: prepared });
}

function failureCode(e: unknown): string {
  if (controller.signal.aborted) return 'cancelled';
  if (e instanceof PackError) return e.code;
  return 'import-failed';
}

scope.onmessage = (e) => {
  const msg = e.data;
  let work: Promise<void>;
  if (msg.type === 'cancel') {
    controller.abort();
    return;
  } else if (msg.type === 'read') {
    work = checkPack(msg.file, msg.freeBytes);
  } else {
    work = sealPhotos(msg);
  }
  work.catch((err: unknown) => {
    if (!(err instanceof PackError)) console.error(err);
    const space = err instanceof SpaceError ? { needed: err.needed, free: err.free } : undefined;
    scope.postMessage({ type: 'failed', code: failureCode(err), ...(space ? { space } : {}) });
  });
};
