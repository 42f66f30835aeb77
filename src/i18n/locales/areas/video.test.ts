import { VIDEO_FAILURES } from '@/media';

import { videoDa } from './video.da';
import { videoEn } from './video.en';

describe('video failure texts', () => {
  it('say every reason the video import gives, in Danish and English', () => {
    for (const reason of VIDEO_FAILURES) {
      expect(videoDa.failure[reason], reason).toMatch(/\S/);
      expect(videoEn.failure[reason], reason).toMatch(/\S/);
    }
    expect(Object.keys(videoDa.failure).sort()).toEqual([...VIDEO_FAILURES].sort());
  });
});
