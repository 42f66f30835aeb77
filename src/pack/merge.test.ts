// @vitest-environment node
import { BOOK_ID, makePhoto, sampleBook, tinyJpeg } from '@/testing/pack-fixtures';
import { planMerge, sameJson } from './merge';
import type { BookData } from './types';

async function books(): Promise<{ existing: BookData; incoming: BookData }> {
  const existing = (await sampleBook()).data;
  const incoming = structuredClone(existing);
  incoming.book.id = 'other_book';
  for (const r of [
    ...incoming.entries,
    ...incoming.people,
    ...incoming.photos,
    ...incoming.snapshots,
  ]) {
    r.bookId = 'other_book';
  }
  return { existing, incoming };
}

describe('planMerge', () => {
  it('finds everything the same in a re-import of the same book, whatever its book id', async () => {
    const { existing, incoming } = await books();
    const plan = planMerge(existing, incoming);
    expect(plan.add).toEqual({ entries: [], people: [], snapshots: [] });
    expect(plan.photos).toEqual({ addNew: [], duplicateBySha: [] });
    expect(plan.same.entries).toHaveLength(existing.entries.length);
    expect(plan.differ.entries).toEqual([]);
    expect(plan.bookDiffers).toEqual([]);
  });

  it('keeps the existing record where content differs, and reports the fields', async () => {
    const { existing, incoming } = await books();
    incoming.entries[0]!.title = 'Changed';
    incoming.people[0]!.note = 'Another note';
    incoming.book.cover.nickname = 'New name';
    const plan = planMerge(existing, incoming);
    expect(plan.differ.entries).toHaveLength(1);
    expect(plan.differ.entries[0]).toMatchObject({
      id: incoming.entries[0]!.id,
      fields: ['title'],
    });
    expect(plan.differ.entries[0]!.existing.title).toBe(existing.entries[0]!.title);
    expect(plan.differ.people[0]?.fields).toEqual(['note']);
    expect(plan.bookDiffers).toEqual(['cover.nickname']);
  });

  it('adds new records to the existing book and de-duplicates photos by SHA-256', async () => {
    const { existing, incoming } = await books();
    const twin = {
      ...incoming.photos[0]!,
      id: 'ph_twin',
      caption: 'Same picture, new id',
      entryIds: ['e_new'],
    };
    const fresh = await makePhoto('ph_new', tinyJpeg(9, 9, 77));
    fresh.bookId = 'other_book';
    incoming.photos.push(twin, fresh, { ...fresh, id: 'ph_new_copy' });
    incoming.entries.push({
      ...incoming.entries[0]!,
      id: 'e_new',
      photoIds: ['ph_twin', 'ph_new', 'ph_new_copy'],
    });
    incoming.people.push({ ...incoming.people[0]!, id: 'p_new', portraitPhotoId: 'ph_twin' });
    const plan = planMerge(existing, incoming);

    expect(plan.photos.addNew.map((p) => p.id)).toEqual(['ph_new']);
    expect(plan.photos.addNew[0]!.bookId).toBe(BOOK_ID);
    expect(plan.photos.duplicateBySha.map((d) => [d.incoming.id, d.existingId])).toEqual([
      ['ph_twin', existing.photos[0]!.id],
      ['ph_new_copy', 'ph_new'],
    ]);
    expect(plan.photos.duplicateBySha[0]!.addLinks.entryIds).toEqual(['e_new']);
    const added = plan.add.entries[0]!;
    expect(added).toMatchObject({ id: 'e_new', bookId: BOOK_ID });
    expect(added.photoIds).toEqual([existing.photos[0]!.id, 'ph_new']);
    expect(plan.add.people[0]).toMatchObject({
      id: 'p_new',
      bookId: BOOK_ID,
      portraitPhotoId: existing.photos[0]!.id,
    });
    expect(plan.photoIdMap.get('ph_twin')).toBe(existing.photos[0]!.id);
  });

  it('treats a photo with the same id but other bytes as different', async () => {
    const { existing, incoming } = await books();
    incoming.photos[0]!.sha256 = 'f'.repeat(64);
    const plan = planMerge(existing, incoming);
    expect(plan.differ.photos[0]?.fields).toEqual(['sha256']);
    expect(plan.photos.addNew).toEqual([]);
  });
});

test('sameJson ignores key order and undefined values, not array order', () => {
  expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1, d: undefined })).toBe(true);
  expect(sameJson([1, 2], [2, 1])).toBe(false);
  expect(sameJson({ a: null }, { a: undefined })).toBe(false);
});
