import { makeBook, makeMediaItem } from '@/testing/factories';
import { withFreshDatabase } from '@/testing/db-helpers';
import type { Photo } from '@/domain';

import { db } from './connection';
import { addMedia, storeVideoPoster } from './media-repo';
import { listPhotos, readPhotoBlob, updatePhotos } from './photos-repo';

withFreshDatabase();

const poster = { thumb: new Blob(['poster-jpeg']), width: 320, height: 180, durationMs: 4200 };

async function thumbless(bookId: string, over: Partial<Photo> = {}): Promise<Photo> {
  const item = makeMediaItem(bookId, {
    kind: 'video',
    mime: 'video/mp4',
    thumbless: true,
    durationMs: undefined,
    ...over,
  });
  delete item.durationMs;
  return addMedia(bookId, item, new Blob([new Uint8Array(1000).fill(7)]));
}

describe('storeVideoPoster', () => {
  it('stores the sealed poster and clears thumbless in the record', async () => {
    const book = await makeBook();
    const item = await thumbless(book.id);
    const out = await storeVideoPoster(book.id, item.id, poster);
    expect(out?.thumbless).toBeUndefined();
    const [again] = (await listPhotos(book.id)).items;
    expect(again).toMatchObject({ id: item.id, width: 320, height: 180, durationMs: 4200 });
    expect(again?.thumbless).toBeUndefined();
    const thumb = await readPhotoBlob(book.id, item.id, 'thumb', 'image/jpeg');
    expect(await thumb.text()).toBe('poster-jpeg');
    expect(await db().blobs.get(`${item.id}:thumb`)).toMatchObject({ role: 'thumb' });
  });

  it('leaves an item that is not a thumbless video, or is gone, as it was', async () => {
    const book = await makeBook();
    const voice = await addMedia(book.id, makeMediaItem(book.id), new Blob(['v']));
    expect(await storeVideoPoster(book.id, voice.id, poster)).toBeUndefined();
    expect(await storeVideoPoster(book.id, 'no-such-id', poster)).toBeUndefined();
    expect(await db().blobs.get(`${voice.id}:thumb`)).toBeUndefined();
  });

  it('an edit made while the poster was drawn wins: nothing is stored', async () => {
    const book = await makeBook();
    const item = await thumbless(book.id);
    const table = db().photos;
    const row = table.get.bind(table);
    let first = true;
    // The edit lands between the first read and the write: the write must see it and stop.
    const during = async (id: string) => {
      const r = await row(id);
      if (first) {
        first = false;
        await updatePhotos(book.id, [{ ...item, caption: 'edited' }]);
      }
      return r;
    };
    const spy = vi.spyOn(table, 'get').mockImplementation(during as unknown as typeof table.get);
    try {
      expect(await storeVideoPoster(book.id, item.id, poster)).toBeUndefined();
    } finally {
      spy.mockRestore();
    }
    const [again] = (await listPhotos(book.id)).items;
    expect(again).toMatchObject({ caption: 'edited', thumbless: true });
    expect(await db().blobs.get(`${item.id}:thumb`)).toBeUndefined();
  });
});
