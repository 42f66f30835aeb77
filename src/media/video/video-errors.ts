/**
 * Why a file could not become a video of the book. Each reason is an i18n key
 * (`video.failure.<reason>`), so the import summary says in the child's language what was wrong
 * and what to do.
 */
import { ReasonError } from '../image-errors';

export const VIDEO_FAILURES = [
  'empty',
  'too-large',
  'not-a-video',
  'unsupported-type',
  'truncated',
  'corrupt',
  'fragmented',
  'cannot-clean',
  'storage-full',
  'locked',
  'unknown',
] as const;

export type VideoFailure = (typeof VIDEO_FAILURES)[number];

/** A video the cleaner refuses, with the reason the summary will show. */
export class VideoFormatError extends ReasonError<VideoFailure> {
  override readonly name = 'VideoFormatError';
}
