import type { videoDa } from './video.da';

/** English strings for videos (see video.da.ts). */
export const videoEn: typeof videoDa = {
  failure: {
    empty: 'The file is empty.',
    'too-large': 'The video is too big (over 500 MB). Save a shorter or smaller copy.',
    'not-a-video': 'The file is not a video.',
    'unsupported-type':
      'Livsbog cannot keep this kind of video. Save it as MP4, MOV or WebM and try again.',
    truncated: 'The video is not whole: the file stops too early. Download or copy it again.',
    corrupt: 'The video is damaged and cannot be kept.',
    fragmented:
      'The video is saved in small pieces (fragmented MP4), so Livsbog cannot remove where it was recorded. Save it as an ordinary MP4 and try again.',
    'cannot-clean':
      'Livsbog could not remove where and with what the video was recorded, so it was not kept. Save it as an ordinary MP4 and try again.',
    'storage-full': 'There is no more room on this device, so the video was not kept.',
    locked: 'The book was locked before the video was kept. Unlock it and try again.',
    unknown: 'Something went wrong with this video. Please try again.',
  },
  noPoster: 'A video this device cannot show',
};
