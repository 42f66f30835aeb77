import { generateRecoveryCode } from '@/crypto';
import { newId } from '@/domain';
import { simulateReload, withFreshDatabase } from '@/testing/db-helpers';
import { KNOWN_SENTENCE, makeBook, makeCover } from '@/testing/factories';

import { DEFAULT_DETAILS, deleteBook } from './books-repo';
import { openDatabase } from './connection';
import { commitImport, prepareNewBook } from './pack-repo';
import { clearBooksMarker, hasBooksMarker, setBooksMarker } from './presence';

withFreshDatabase();

/** The raw cookie string, to prove what the marker holds (and what it does not). */
function cookies(): string {
  return document.cookie;
}

describe('the "this device has books" marker', () => {
  it('holds nothing but a 1, and can be set and cleared', () => {
    expect(hasBooksMarker()).toBe(false);
    setBooksMarker();
    expect(hasBooksMarker()).toBe(true);
    expect(cookies()).toBe('livsbog-books=1');
    clearBooksMarker();
    expect(hasBooksMarker()).toBe(false);
    expect(cookies()).toBe('');
  });

  it('is set when a book is made, never with its name or id', async () => {
    const book = await makeBook({ cover: { nickname: 'Hemmeligt navn' } });
    expect(hasBooksMarker()).toBe(true);
    expect(cookies()).not.toContain('Hemmeligt');
    expect(cookies()).not.toContain(book.id);
  });

  it('is not set by the sample book alone: it can be made again', async () => {
    await makeBook({ cover: { nickname: 'Alma', sample: true } });
    expect(hasBooksMarker()).toBe(false);
  });

  it('is set when a moving pack is brought in as a new book', async () => {
    const id = newId();
    const newBook = await prepareNewBook({
      id,
      cover: makeCover({ nickname: 'Flyttet' }),
      details: DEFAULT_DETAILS,
      sentence: KNOWN_SENTENCE,
      recoveryCode: generateRecoveryCode(),
    });
    await commitImport({
      bookId: id,
      newBook,
      entries: [],
      people: [],
      snapshots: [],
      photos: [],
      photoUpdates: [],
    });
    expect(hasBooksMarker()).toBe(true);
  });

  it('is set again on every start while books are here', async () => {
    await makeBook();
    await simulateReload();
    // simulateReload forgets the connection, which in tests forgets the marker as well.
    clearBooksMarker();
    expect(await openDatabase()).toBe('ready');
    expect(hasBooksMarker()).toBe(true);
  });

  it('stays set on a start with no books: that is what the shelf tells the user about', async () => {
    setBooksMarker();
    expect(await openDatabase()).toBe('ready');
    expect(hasBooksMarker()).toBe(true);
  });

  it('goes with the last book the user deletes, not before', async () => {
    const first = await makeBook();
    const second = await makeBook();
    await makeBook({ cover: { sample: true } });
    await deleteBook(first.id);
    expect(hasBooksMarker()).toBe(true);
    await deleteBook(second.id);
    // Only the sample book is left.
    expect(hasBooksMarker()).toBe(false);
  });
});
