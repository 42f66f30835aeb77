import type { Patch } from './patched-blob';

/** What the cleaner learnt of a video while reading its index (no decoding). */
export interface VideoInfo {
  /** Size as shown (a turned phone video reports its upright size). */
  width?: number;
  height?: number;
  durationMs?: number;
  /** When recording started, from the movie header (UTC). */
  recordedAt?: Date;
}

/**
 * What cleaning a video changes, before any byte is copied: the places to overwrite (same
 * length, nothing moves), the type and what the index said. `patchedBlob` or `patchedStream`
 * applies it.
 */
export interface VideoCleanPlan {
  patches: Patch[];
  /** `video/mp4`, `video/quicktime` or `video/webm` (MEDIA_TYPES.video). */
  mime: string;
  info: VideoInfo;
}

export interface CleanedVideo {
  /** The cleaned file: slices of the original with the metadata overwritten. */
  blob: Blob;
  /** `video/mp4`, `video/quicktime` or `video/webm` (MEDIA_TYPES.video); a voice's `audio/…`. */
  mime: string;
  info: VideoInfo;
}
