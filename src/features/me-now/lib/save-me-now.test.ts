import { db, lockBook, readDetails } from '@/db';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook } from '@/testing/factories';

import { saveMeNow } from './save-me-now';

withFreshDatabase();

const ANSWERS = { likes: 'Heste', goodAt: 'Tegne', proudOf: '', dreams: '' };

describe('saving part of Me now', () => {
  it('writes only the given fields and keeps the rest as stored', async () => {
    const book = await makeBook({ details: { meNow: { ...ANSWERS, photoId: 'ph_1' } } });
    await saveMeNow(book.id, { feeling: '😄' }, new Date('2026-12-07T10:00:00Z'));
    await saveMeNow(book.id, { likePictures: ['hest', 'pizza'] });
    const { meNow } = await readDetails(book.id);
    expect(meNow).toMatchObject({
      ...ANSWERS,
      photoId: 'ph_1',
      feeling: '😄',
      likePictures: ['hest', 'pizza'],
    });
    expect(meNow.updatedAt).not.toBe('2026-12-07T10:00:00.000Z');
  });

  it('takes a field away when it is given as undefined', async () => {
    const book = await makeBook({ details: { meNow: { ...ANSWERS, feeling: '😢' } } });
    await saveMeNow(book.id, { feeling: undefined });
    const { meNow } = await readDetails(book.id);
    expect(meNow).not.toHaveProperty('feeling');
    expect(meNow.likes).toBe('Heste');
  });

  it('keeps the feeling and the liked pictures inside the sealed details', async () => {
    const book = await makeBook();
    await saveMeNow(book.id, { feeling: '🥰', likePictures: ['vandmelon'] });
    const row = await db().books.get(book.id);
    const raw = JSON.stringify(row, (_, v: unknown) =>
      v instanceof Uint8Array || v instanceof ArrayBuffer ? '[bytes]' : v,
    );
    expect(raw).not.toContain('🥰');
    expect(raw).not.toContain('vandmelon');
    expect(raw).not.toContain('likePictures');
  });

  it('changes nothing when the book is locked, and says why', async () => {
    const book = await makeBook({ details: { meNow: { ...ANSWERS, feeling: '😢' } } });
    const before = await db().books.get(book.id);
    lockBook(book.id);
    await expect(saveMeNow(book.id, { feeling: '😄' })).rejects.toThrow();
    expect(await db().books.get(book.id)).toEqual(before);
  });
});
