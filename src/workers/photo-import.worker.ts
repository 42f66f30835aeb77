/// <reference lib="webworker" />
/**
 * One photo at a time, off the main thread: type from the bytes, EXIF, metadata removal, a
 * thumbnail, the SHA-256 and the sealing. The book's key arrives with each photo (a CryptoKey is
 * cloneable, never extractable) and goes when the import ends and the worker is terminated.
 */
import { browserCodec } from '@/media';
import type { ProcessReply, ProcessRequest } from '@/media';
import { processPhoto } from '@/media';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ProcessRequest>) => void) | null;
  postMessage: (message: ProcessReply, transfer: Transferable[]) => void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const { id, file, takenAt, seal } = e.data;
  void processPhoto(file, browserCodec, takenAt, seal).then((outcome) => {
    const content = outcome.kind === 'ok' ? outcome.photo.content : undefined;
    const transfer = content?.kind === 'plain' ? [content.bytes.buffer] : [];
    scope.postMessage({ id, ...outcome }, transfer);
  });
};
