import { describe, expect, it } from 'vitest';

import { bookIdOf, pageTitleKey } from './page-title';

describe('pageTitleKey', () => {
  it('names every page of the app by its kind', () => {
    expect(pageTitleKey('/')).toBe('shelf');
    expect(pageTitleKey('/new')).toBe('newBook');
    expect(pageTitleKey('/import')).toBe('importPack');
    expect(pageTitleKey('/licences')).toBe('licences');
    expect(pageTitleKey('/about-lock')).toBe('aboutLock');
    expect(pageTitleKey('/book/b1')).toBe('meNow');
    expect(pageTitleKey('/book/b1/')).toBe('meNow');
    expect(pageTitleKey('/book/b1/timeline')).toBe('timeline');
    expect(pageTitleKey('/book/b1/timeline/new')).toBe('newEntry');
    expect(pageTitleKey('/book/b1/timeline/entry/e1')).toBe('entry');
    expect(pageTitleKey('/book/b1/timeline/entry/e1/edit')).toBe('editEntry');
    expect(pageTitleKey('/book/b1/timeline/homes')).toBe('homes');
    expect(pageTitleKey('/book/b1/people')).toBe('people');
    expect(pageTitleKey('/book/b1/people/new')).toBe('newPerson');
    expect(pageTitleKey('/book/b1/people/map')).toBe('map');
    expect(pageTitleKey('/book/b1/people/map/s1')).toBe('snapshot');
    expect(pageTitleKey('/book/b1/people/family')).toBe('family');
    expect(pageTitleKey('/book/b1/people/p1')).toBe('person');
    expect(pageTitleKey('/book/b1/people/p1/edit')).toBe('editPerson');
    expect(pageTitleKey('/book/b1/photos')).toBe('photos');
    expect(pageTitleKey('/book/b1/moving-pack')).toBe('movingPack');
    expect(pageTitleKey('/book/b1/settings')).toBe('settings');
    expect(pageTitleKey('/book/b1/about-lock')).toBe('aboutLock');
    expect(pageTitleKey('/book/b1/more')).toBe('more');
  });

  it('says only "locked" for any page of a locked book', () => {
    expect(pageTitleKey('/book/b1/timeline/entry/e1', { locked: true })).toBe('locked');
    expect(pageTitleKey('/', { locked: true })).toBe('shelf');
  });

  it('calls anything else not found', () => {
    expect(pageTitleKey('/nowhere')).toBe('notFound');
    expect(pageTitleKey('/book/b1/timeline/entry/e1/edit/more')).toBe('notFound');
  });
});

describe('bookIdOf', () => {
  it('finds the book of a path', () => {
    expect(bookIdOf('/book/b1/people')).toBe('b1');
    expect(bookIdOf('/book/b1')).toBe('b1');
    expect(bookIdOf('/licences')).toBeUndefined();
    expect(bookIdOf('/')).toBeUndefined();
  });
});
