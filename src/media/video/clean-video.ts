/**
 * One entry for every video container: the real type from the bytes, the size limit, then the
 * cleaner of that container. Never returns a video whose place or device identifiers could not
 * be removed: those are refused with a VideoFormatError naming the reason.
 */
import { isVideoType, MEDIA_LIMITS, SNIFF_BYTES, sniffType } from '@/domain';

import { ImageFormatError } from '../image-errors';
import { cleanIsoVideo } from './clean-iso-video';
import { cleanWebm } from './clean-webm';
import { VideoFormatError } from './video-errors';
import type { CleanedVideo } from './video-types';

export async function cleanVideo(file: Blob): Promise<CleanedVideo> {
  if (file.size === 0) throw new VideoFormatError('empty');
  if (file.size > MEDIA_LIMITS.videoBytes) throw new VideoFormatError('too-large');
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const type = sniffType(head);
  try {
    if (type === 'mp4') return await cleanIsoVideo(file, 'video/mp4');
    if (type === 'mov') return await cleanIsoVideo(file, 'video/quicktime');
    if (type === 'webm') return await cleanWebm(file);
  } catch (e) {
    // The byte readers shared with the photo cleaners speak of pictures; the reason is the same.
    if (e instanceof ImageFormatError) {
      throw new VideoFormatError(e.reason === 'truncated' ? 'truncated' : 'corrupt');
    }
    throw e;
  }
  if (type === 'matroska') throw new VideoFormatError('unsupported-type');
  throw new VideoFormatError('not-a-video');
}

/** Whether a picked or dropped file is a video by its bytes (to send it to `importVideos`). */
export async function isVideoFile(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  return isVideoType(sniffType(head));
}
