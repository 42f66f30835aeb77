import { byKind, countKinds, kindChips, searchItems } from './kind-filter';
import { makePhotoRecord } from './test-photos';

describe('kind filter', () => {
  const items = [
    makePhotoRecord({}),
    makePhotoRecord({ kind: 'photo' }),
    makePhotoRecord({ kind: 'drawing', mime: 'image/png' }),
    makePhotoRecord({ kind: 'voice', mime: 'audio/webm', durationMs: 42_000 }),
    makePhotoRecord({ kind: 'paper', mime: 'application/pdf', pageCount: 3 }),
  ];

  it('counts every kind, an item without a kind as a photo', () => {
    expect(countKinds(items)).toEqual({
      all: 5,
      photo: 2,
      drawing: 1,
      voice: 1,
      video: 0,
      paper: 1,
    });
  });

  it('keeps only the chosen kind, or everything', () => {
    expect(byKind(items, 'photo').map((p) => p.id)).toEqual([items[0]?.id, items[1]?.id]);
    expect(byKind(items, 'voice')).toEqual([items[3]]);
    expect(byKind(items, 'video')).toEqual([]);
    expect(byKind(items, 'all')).toHaveLength(5);
  });

  it('offers chips only for the kinds a book has, and none for a book of photos only', () => {
    expect(kindChips(countKinds(items))).toEqual(['all', 'photo', 'drawing', 'voice', 'paper']);
    expect(kindChips(countKinds([makePhotoRecord({})]))).toEqual([]);
    expect(kindChips(countKinds([]))).toEqual([]);
  });

  it('searches the title, the caption and who gave it, every word, any case', () => {
    const letter = makePhotoRecord({
      kind: 'paper',
      title: 'Brev fra Mor',
      givenBy: 'Socialrådgiver',
    });
    const beach = makePhotoRecord({ caption: 'Stranden med MOR' });
    const list = [letter, beach, makePhotoRecord({})];
    expect(searchItems(list, 'mor')).toEqual([letter, beach]);
    expect(searchItems(list, ' brev  mor ')).toEqual([letter]);
    expect(searchItems(list, 'socialrådgiver')).toEqual([letter]);
    expect(searchItems(list, 'ＭＯＲ')).toEqual([letter, beach]);
    expect(searchItems(list, '  ')).toEqual(list);
  });

  it('finds a photo by the names of the people on it, when it is told them', () => {
    const withNoah = makePhotoRecord({ caption: 'Summer', personIds: ['p-noah', 'p-gone'] });
    const alone = makePhotoRecord({ caption: 'Snow' });
    const names = new Map([['p-noah', 'Noah']]);
    const nameOf = (id: string) => names.get(id);
    expect(searchItems([withNoah, alone], 'noah', nameOf)).toEqual([withNoah]);
    expect(searchItems([withNoah, alone], 'noah summer', nameOf)).toEqual([withNoah]);
    // Without names only the item's own words count.
    expect(searchItems([withNoah, alone], 'noah')).toEqual([]);
  });
});
