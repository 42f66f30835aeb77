import type { timelineDa } from './timeline.da';

/** English strings of the timeline area, typed against the Danish source. */
export const timelineEn: typeof timelineDa = {
  title: 'Timeline',
};
