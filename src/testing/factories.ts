/**
 * Synthetic test data: books with a known secret sentence and recovery code, and entries, people
 * and photos with sensible defaults. Nothing here describes a real person.
 */
import { sha256Hex } from '@/crypto';
import { generateRecoveryCode } from '@/crypto';
import { addPhotos, createBook, putRecords } from '@/db';
import type { NewPhoto } from '@/db';
import type { RecordWrite } from '@/db';
import { newId, nowIso } from '@/domain';
import type { BookCover, BookDetails, Entry, Person, Photo } from '@/domain';

/**
 * Four words: below the five-word floor, which the UI enforces (components/secret) and storage
 * leaves to it, so storage tests stay short. Unlocking ignores case and extra spaces.
 */
export const KNOWN_SENTENCE = 'blå tiger spiser kage';

export function makeCover(overrides: Partial<BookCover> = {}): BookCover {
  return {
    nickname: 'Testbarn',
    emoji: '🦊',
    colour: 'sky',
    locale: 'en',
    ageMode: 'middle',
    ...overrides,
  };
}

export interface MadeBook {
  id: string;
  cover: BookCover;
  sentence: string;
  recoveryCode: string;
}

export interface MakeBookOptions {
  cover?: Partial<BookCover>;
  details?: Partial<BookDetails>;
  sentence?: string;
  recoveryCode?: string;
}

/** Creates a sealed book through the repository; it is left unlocked, as after the wizard. */
export async function makeBook(opts: MakeBookOptions = {}): Promise<MadeBook> {
  const cover = makeCover(opts.cover);
  const sentence = opts.sentence ?? KNOWN_SENTENCE;
  const recoveryCode = opts.recoveryCode ?? generateRecoveryCode();
  const id = await createBook({
    cover,
    sentence,
    recoveryCode,
    ...(opts.details ? { details: opts.details } : {}),
  });
  return { id, cover, sentence, recoveryCode };
}

/** What every new record of a book starts with: a fresh id, its book, made and changed now. */
function newRecord(bookId: string) {
  const now = nowIso();
  return { id: newId(), bookId, createdAt: now, updatedAt: now };
}

export function makeEntry(bookId: string, overrides: Partial<Entry> = {}): Entry {
  return {
    ...newRecord(bookId),
    kind: 'memory',
    title: 'A day at the beach',
    text: 'We built a sandcastle with a moat.',
    date: { year: 2019, month: 7 },
    personIds: [],
    photoIds: [],
    author: { kind: 'child' },
    visibility: 'book',
    ...overrides,
  };
}

/** An entry as `putRecords` takes it (in the bin only when the test says so). */
export function entryWrite(entry: Entry): RecordWrite<Entry> {
  return { value: entry };
}

export function makePerson(bookId: string, overrides: Partial<Person> = {}): Person {
  return {
    ...newRecord(bookId),
    name: 'Kim Eksempel',
    relation: 'foster parent',
    sector: 'placement',
    closeness: 1,
    links: [],
    ...overrides,
  };
}

export function personWrite(person: Person): RecordWrite<Person> {
  return { value: person };
}

/** Makes an entry and stores it in the book, where most tests start; gives it back. */
export async function storeEntry(bookId: string, overrides: Partial<Entry> = {}): Promise<Entry> {
  const entry = makeEntry(bookId, overrides);
  await putRecords('entries', bookId, [entryWrite(entry)]);
  return entry;
}

/** Makes a person and stores them in the book; gives them back. */
export async function storePerson(
  bookId: string,
  overrides: Partial<Person> = {},
): Promise<Person> {
  const person = makePerson(bookId, overrides);
  await putRecords('people', bookId, [personWrite(person)]);
  return person;
}

/**
 * Synthetic "image" bytes: a JPEG start marker followed by a recognisable text and a pattern, so
 * a test can search stored bytes for them. Not a decodable picture; the storage layer never
 * decodes.
 */
export function fakeImageBytes(marker = 'synthetic-photo', length = 2048): Uint8Array {
  const bytes = new Uint8Array(length);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  bytes.set(new TextEncoder().encode(marker), 4);
  for (let i = 4 + marker.length; i < length; i += 1) bytes[i] = (i * 31) % 251;
  return bytes;
}

export interface MadePhoto {
  item: NewPhoto;
  originalBytes: Uint8Array;
  thumbBytes: Uint8Array;
}

/** A photo with its (synthetic) original and thumbnail, ready for `addPhotos`. */
export async function makePhoto(
  bookId: string,
  overrides: Partial<Photo> = {},
  marker = 'synthetic-photo',
): Promise<MadePhoto> {
  const originalBytes = fakeImageBytes(`${marker}-original`, 4096);
  const thumbBytes = fakeImageBytes(`${marker}-thumb`, 512);
  const photo: Photo = {
    ...newRecord(bookId),
    mime: 'image/jpeg',
    width: 640,
    height: 480,
    byteLength: originalBytes.byteLength,
    sha256: await sha256Hex(originalBytes),
    takenAt: { year: 2020, month: 6 },
    caption: 'At the playground',
    personIds: [],
    entryIds: [],
    ...overrides,
  };
  const item: NewPhoto = {
    photo,
    original: new Blob([originalBytes.slice()], { type: photo.mime }),
    thumb: new Blob([thumbBytes.slice()], { type: photo.mime }),
  };
  return { item, originalBytes, thumbBytes };
}

/** A big item's record (a voice note unless told) before `addMedia` fills in size and hash. */
export function makeMediaItem(bookId: string, overrides: Partial<Photo> = {}): Photo {
  return {
    ...newRecord(bookId),
    kind: 'voice',
    mime: 'audio/webm',
    width: 0,
    height: 0,
    byteLength: 0,
    sha256: '',
    durationMs: 1000,
    personIds: [],
    entryIds: [],
    ...overrides,
  };
}

/** Makes a photo (see `makePhoto`) and stores it in the book; gives it back with its bytes. */
export async function storePhoto(
  bookId: string,
  overrides: Partial<Photo> = {},
  marker?: string,
): Promise<MadePhoto> {
  const made = await makePhoto(bookId, overrides, marker);
  await addPhotos(bookId, [made.item]);
  return made;
}

/** A book with something in it already, an entry and a photo, so "changed" has a value. */
export async function makeBookWithContent(): Promise<MadeBook> {
  const book = await makeBook();
  await storeEntry(book.id);
  await storePhoto(book.id, {}, 'earlier');
  return book;
}
