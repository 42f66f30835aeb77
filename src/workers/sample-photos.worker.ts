/// <reference lib="webworker" />
/**
 * Paints the sample book's photos off the main thread: simple, cheerful, clearly generated
 * pictures (never real people), encoded as JPEG with a thumbnail.
 */
import { paintSampleScene } from './paint-sample-scene';

export interface SamplePhotoRequest {
  index: number;
  width: number;
  height: number;
  thumbWidth: number;
}

export interface SamplePhotoResult {
  index: number;
  original: Blob;
  thumb: Blob;
  width: number;
  height: number;
}

interface WorkerScope {
  onmessage: ((e: MessageEvent<SamplePhotoRequest>) => void) | null;
  postMessage: (message: SamplePhotoResult | { index: number; error: string }) => void;
}

const scope = self as unknown as WorkerScope;

async function render(req: SamplePhotoRequest): Promise<SamplePhotoResult> {
  const canvas = new OffscreenCanvas(req.width, req.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  paintSampleScene(ctx, req.index, req.width, req.height);
  const original = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.86 });
  const thumbHeight = Math.round((req.thumbWidth * req.height) / req.width);
  const small = new OffscreenCanvas(req.thumbWidth, thumbHeight);
  const sctx = small.getContext('2d');
  if (!sctx) throw new Error('no 2d context');
  sctx.drawImage(canvas, 0, 0, req.thumbWidth, thumbHeight);
  const thumb = await small.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
  return { index: req.index, original, thumb, width: req.width, height: req.height };
}

scope.onmessage = (e) => {
  render(e.data).then(
    (result) => {
      scope.postMessage(result);
    },
    (err: unknown) => {
      scope.postMessage({
        index: e.data.index,
        error: err instanceof Error ? err.message : String(err),
      });
    },
  );
};
