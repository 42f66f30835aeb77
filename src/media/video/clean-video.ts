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
  const plan = await asVideoError(() => {
    if (type === 'mp4') return planIsoVideo(file, 'video/mp4');
    if (type === 'mov') return planIsoVideo(file, 'video/quicktime');
    if (type === 'webm') return planWebm(file);
    return undefined;
  });
  if (plan) return plan;
  if (type === 'matroska') throw new VideoFormatError('unsupported-type');
  throw new VideoFormatError('not-a-video');
}

/**
 * A voice note (the recorder's, or one from a moving pack) cleaned like a video: Chrome's and
 * Firefox's WebM and Safari's MP4 keep their sound and lose the app, date and tags they carry; a
 * file with a picture, or with no sound, is refused (`not-a-video`: not a voice). Ogg, which no
 * browser this app supports records by choice (each has WebM or MP4 first), goes as it is.
 */
export async function planVoiceClean(file: ByteSource): Promise<VideoCleanPlan> {
  if (file.size === 0) throw new VideoFormatError('empty');
  if (file.size > MEDIA_LIMITS.voiceBytes) throw new VideoFormatError('too-large');
  const head = await file.read(0, Math.min(SNIFF_BYTES, file.size));
  const type = sniffType(head);
  const ascii = String.fromCharCode(...head.subarray(0, 8));
  // An audio-only MP4 may carry a brand only sound files use (`M4A `): any ftyp but QuickTime's.
  const iso = type === 'mp4' || (type !== 'mov' && ascii.slice(4) === 'ftyp');
  const plan = await asVideoError(() => {
    if (type === 'webm') return planWebm(file, 'voice');
    if (iso) return planIsoVideo(file, 'audio/mp4', 'voice');
    return undefined;
  });
  if (plan) return plan;
  if (ascii.startsWith('OggS')) return { patches: [], mime: 'audio/ogg', info: {} };
  throw new VideoFormatError(type === 'matroska' ? 'unsupported-type' : 'not-a-video');
}

async function asVideoError(
  plan: () => Promise<VideoCleanPlan> | undefined,
): Promise<VideoCleanPlan | undefined> {
  try {
    return await plan();
  } catch (e) {
    // The byte readers shared with the photo cleaners speak of pictures; the reason is the same.
    if (e instanceof ImageFormatError) {
      throw new VideoFormatError(e.reason === 'truncated' ? 'truncated' : 'corrupt');
    }
    throw e;
  }
}

/** The cleaned video as a Blob of the file's own slices with the metadata overwritten. */
export async function cleanVideo(file: Blob): Promise<CleanedVideo> {
  const plan = await planVideoClean(blobSource(file));
  return { blob: patchedBlob(file, plan.patches, plan.mime), mime: plan.mime, info: plan.info };
}

/** The cleaned voice note as a Blob of the file's own slices (see `planVoiceClean`). */
export async function cleanVoice(file: Blob): Promise<CleanedVideo> {
  const plan = await planVoiceClean(blobSource(file));
  return { blob: patchedBlob(file, plan.patches, plan.mime), mime: plan.mime, info: plan.info };
}

/** Whether a picked or dropped file is a video by its bytes (to send it to `importVideos`). */
export async function isVideoFile(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  return isVideoType(sniffType(head));
}
