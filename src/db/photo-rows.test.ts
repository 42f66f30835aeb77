import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook, makePhoto } from '@/testing/factories';

import { db, writableDb } from './connection';
import { deleteBookPhotoRows } from './photo-rows';
import { addPhotos } from './photos-repo';

withFreshDatabase();

describe('deleteBookPhotoRows', () => {
  it("deletes this book's photos with their bytes and never another book's", async () => {
    const [mine, theirs] = await Promise.all([makeBook(), makeBook()]);
    const [gone, kept] = await Promise.all([makePhoto(mine.id), makePhoto(mine.id)]);
    const other = await makePhoto(theirs.id);
    await addPhotos(mine.id, [gone.item, kept.item]);
    await addPhotos(theirs.id, [other.item]);

    const d = await writableDb();
    await d.transaction('rw', [d.photos, d.blobs], () =>
      deleteBookPhotoRows(d, mine.id, [gone.item.photo.id, other.item.photo.id]),
    );

    expect(await db().photos.get(gone.item.photo.id)).toBeUndefined();
    expect(await db().blobs.where('photoId').equals(gone.item.photo.id).count()).toBe(0);
    for (const left of [kept, other]) {
      expect(await db().photos.get(left.item.photo.id)).toBeDefined();
      expect(await db().blobs.where('photoId').equals(left.item.photo.id).count()).toBe(2);
    }
  });
});
