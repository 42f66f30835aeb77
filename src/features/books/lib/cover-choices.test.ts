import { COVER_TINT } from '@/domain';

import { COLOURS } from './cover-choices';

describe('COLOURS', () => {
  it('offers every cover colour that has a tint, sun first (a new book starts with it)', () => {
    expect(COLOURS).toEqual(['sun', 'coral', 'rose', 'lilac', 'sky', 'sea', 'leaf', 'sand']);
    expect(Object.keys(COVER_TINT)).toEqual(COLOURS);
  });
});
