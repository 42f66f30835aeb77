/// <reference lib="webworker" />
/**
 * Turns HEIC photos into JPEGs. A worker of its own, started only when a HEIC file arrives, so
 * the 3 MB decoder is never loaded for the JPEGs and PNGs most imports hold.
 */
import { heicToJpeg } from '../media/heic-to-jpeg';
import type { HeicReply, HeicRequest } from '../media/import-types';

interface WorkerScope {
  onmessage: ((e: MessageEvent<HeicRequest>) => void) | null;
  postMessage: (message: HeicReply) => void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const { id, file } = e.data;
  heicToJpeg(file).then(
    (jpeg) => {
      scope.postMessage({ id, ok: true, jpeg });
    },
    () => {
      scope.postMessage({ id, ok: false });
    },
  );
};
