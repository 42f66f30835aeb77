/// <reference lib="webworker" />
/**
 * The decode floor (issue 16): what the browser's decoder alone makes of the same files, the
 * same resize the thumbnail asks for and nothing else. The import's rate is judged against it.
 */
import { THUMB_SIDE } from '../../../src/media/limits';

self.onmessage = async (e: MessageEvent<{ id: number; file: File }>) => {
  const { id, file } = e.data;
  // The bench's photos are landscape: the long side is the width.
  const bitmap = await createImageBitmap(file, {
    resizeWidth: THUMB_SIDE,
    resizeQuality: 'medium',
  });
  bitmap.close();
  self.postMessage({ id });
};
