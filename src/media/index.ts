/** Photos: sniffing, cleaning, decoding and importing. No React, no storage. */
export * from './browser-codec';
export * from './clean-stored-photo';
export * from './image-errors';
export * from './import-types';
export * from './limits';
export * from './process-photo';
// Videos: the cleaner alone (workers re-clean a pack's videos); importing is `@/media/import-videos`.
export type { ByteSource } from './video/byte-source';
export {
  cleanVideo,
  cleanVoice,
  isVideoFile,
  planVideoClean,
  planVoiceClean,
} from './video/clean-video';
export { patchedStream } from './video/patched-blob';
export { VIDEO_FAILURES, VideoFormatError, type VideoFailure } from './video/video-errors';
export type { CleanedVideo, VideoCleanPlan, VideoInfo } from './video/video-types';
