import { makeEntry } from '@/testing/factories';

import { timelineEntriesFrom } from './timeline-entries';

const a = makeEntry('b1', { title: 'A' });
const b = makeEntry('b1', { title: 'B' });

describe('timelineEntriesFrom', () => {
  it('is loading while nothing is open yet, or the warm-up is still opening', () => {
    expect(timelineEntriesFrom(undefined, undefined)).toEqual({
      list: undefined,
      total: 0,
      partial: false,
    });
    expect(timelineEntriesFrom(undefined, 'opening').list).toBeUndefined();
  });

  it('shows the first screen as partial, with the whole book’s count', () => {
    const got = timelineEntriesFrom(undefined, { items: [a], total: 5000 });
    expect(got).toEqual({ list: { items: [a], damaged: [] }, total: 5000, partial: true });
  });

  it('prefers the full list, damaged rows included, once there is one', () => {
    const all = { items: [a, b], damaged: ['x'] };
    expect(timelineEntriesFrom(all, { items: [a], total: 2 })).toEqual({
      list: all,
      total: 2,
      partial: false,
    });
  });
});
