import { VideoFormatError } from './video-errors';
import type { CleanedVideo } from './video-types';

/** WebM is refused until its cleaner lands (the next commit). */
export function cleanWebm(): Promise<CleanedVideo> {
  return Promise.reject(new VideoFormatError('unsupported-type'));
}
