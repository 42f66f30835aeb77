import { describe, expect, it } from 'vitest';

import { bookArea } from './book-area';

describe('bookArea', () => {
  it('names the part of the book a page belongs to', () => {
    expect(bookArea('/book/b1')).toBe('me');
    expect(bookArea('/book/b1/')).toBe('me');
    expect(bookArea('/book/b1/timeline')).toBe('timeline');
    expect(bookArea('/book/b1/timeline/bin')).toBe('timeline');
    expect(bookArea('/book/b1/people/map/s1')).toBe('people');
    expect(bookArea('/book/b1/photos')).toBe('photos');
    expect(bookArea('/book/b1/moving-pack')).toBe('more');
    expect(bookArea('/book/b1/settings')).toBe('more');
    expect(bookArea('/book/b1/more')).toBe('more');
    expect(bookArea('/book/b1/timelines')).toBe('more');
  });
});
