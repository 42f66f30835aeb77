/// <reference lib="webworker" />
/**
 * One PDF paper at a time, off the main thread: pdf-lib holds the whole file (up to 50 MB) and
 * blocks its thread while it parses and writes. Started only when a PDF arrives, so pdf-lib is
 * loaded only then; ended when the import ends.
 */
import { cleanPaperFile } from '@/media/paper';
import type { PaperCleanReply, PaperCleanRequest } from '@/media/paper';

interface WorkerScope {
  onmessage: ((e: MessageEvent<PaperCleanRequest>) => void) | null;
  postMessage: (message: PaperCleanReply, transfer: Transferable[]) => void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const { id, file } = e.data;
  void cleanPaperFile(file).then((outcome) => {
    scope.postMessage({ id, ...outcome }, outcome.ok ? [outcome.bytes.buffer] : []);
  });
};
