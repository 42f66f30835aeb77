/**
 * One entry for every video container: the real type from the bytes, the size limit, then the
 * cleaner of that container. Never returns a video whose place or device identifiers could not
 * be removed: those are refused with a VideoFormatError naming the reason.
 */
import { isVideoType, MEDIA_LIMITS, SNIFF_BYTES, sniffType } from '@/domain';

import { ImageFormatError } from '../image-errors';
import { blobSource, type ByteSource } from './byte-source';
import { planIsoVideo } from './clean-iso-video';
import { planWebm } from './clean-webm';
import { patchedBlob } from './patched-blob';
import { VideoFormatError } from './video-errors';
import type { CleanedVideo, VideoCleanPlan } from './video-types';

/**
 * What cleaning the video changes, read from its headers and index only (the media data is
 * never read): for a source that is not a Blob, such as the export's sealed pieces, which then
 * streams the cleaned bytes with `patchedStream`.
 */
export async function planVideoClean(file: ByteSource): Promise<VideoCleanPlan> {
  if (file.size === 0) throw new VideoFormatError('empty');
  if (file.size > MEDIA_LIMITS.videoBytes) throw new VideoFormatError('too-large');
  const type = sniffType(await file.read(0, Math.min(SNIFF_BYTES, file.size)));
  try {
    if (type === 'mp4') return await planIsoVideo(file, 'video/mp4');
    if (type === 'mov') return await planIsoVideo(file, 'video/quicktime');
    if (type === 'webm') return await planWebm(file);
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

/** The cleaned video as a Blob of the file's own slices with the metadata overwritten. */
export async function cleanVideo(file: Blob): Promise<CleanedVideo> {
  const plan = await planVideoClean(blobSource(file));
  return { blob: patchedBlob(file, plan.patches, plan.mime), mime: plan.mime, info: plan.info };
}

/** Whether a picked or dropped file is a video by its bytes (to send it to `importVideos`). */
export async function isVideoFile(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  return isVideoType(sniffType(head));
}
