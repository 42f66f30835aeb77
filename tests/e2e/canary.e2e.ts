import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Locator } from 'playwright-core';

import { exifSegment, injectIntoJpeg } from '../../src/testing/exif-builder';

import { BookPage, meNowFields, type MeNowField } from './pages/book-page';
import { CreateBookPage } from './pages/create-book-page';
import { LockScreen } from './pages/lock-screen';
import { PeoplePage } from './pages/people-page';
import { PhotosPage } from './pages/photos-page';
import { ShelfPage } from './pages/shelf-page';
import { TimelinePage } from './pages/timeline-page';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';
import { randomPhoto } from './support/png';
import {
  dumpOriginStorage,
  findInDump,
  plantControl,
  type StorageDump,
} from './support/storage-dump';

interface PhotoSlice {
  byteLength: number;
  /** base64 of 64 bytes from the middle of the displayed file. */
  middle: string;
}

describe('canary: nothing readable at rest', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    // The app's CSP (connect-src 'self') forbids fetch() of blob: URLs, which is how this test
    // reads the bytes of the photo on screen. The CSP itself is checked in privacy.e2e.ts.
    app = await launchApp({ contextOptions: { bypassCSP: true } });
  });

  afterAll(async () => {
    await app.close();
  });

  /** The bytes of the picture an <img> shows, read back from its blob: URL. */
  async function displayedSlice(img: Locator): Promise<PhotoSlice> {
    const src = await img.getAttribute('src');
    if (src?.startsWith('blob:') !== true) {
      throw new Error(`the photo is shown from a blob: URL, not ${src ?? 'nothing'}`);
    }
    return withTimeout(
      app.page.evaluate(async (url) => {
        const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
        const start = Math.max(0, Math.floor(bytes.length / 2) - 32);
        return {
          byteLength: bytes.length,
          middle: btoa(String.fromCharCode(...bytes.subarray(start, start + 64))),
        };
      }, src),
      15_000,
      'reading the displayed photo',
    );
  }

  it('stores no canary text and no photo bytes in the clear, and shows them after unlocking', async () => {
    const shelf = new ShelfPage(app.page, app.baseURL);
    const book = new BookPage(app.page, app.baseURL);
    const lock = new LockScreen(app.page, app.baseURL);
    const nickname = `Nick${randomBytes(4).toString('hex')}`;
    const canaries = Object.fromEntries(
      meNowFields.map((f) => [f, `CANARY-${f}-${randomBytes(12).toString('hex')}`]),
    ) as Record<MeNowField, string>;

    await shelf.open({ lang: 'en' });
    await shelf.startNewBook();
    const created = await new CreateBookPage(app.page, app.baseURL).create({
      nickname,
      birthDate: { year: 2012, month: 4, day: 9 },
    });
    await book.waitForMeNow();
    await book.fillMeNow(canaries);
    assert.equal((await book.saveMeNow()).text, 'Saved');

    await book.uploadPhoto(randomPhoto(320, 240));
    const thumb = book.thumbnails().first();
    await thumb.waitFor();
    assert.equal(await book.waitForImagesLoaded(thumb), 1);
    const original = await displayedSlice(book.portrait());
    const thumbnail = await displayedSlice(thumb);
    assert.ok(original.byteLength > 1000 && thumbnail.byteLength > 500);

    await book.lock();
    const page = await withTimeout(app.page.content(), 10_000, 'page.content()');
    for (const canary of Object.values(canaries)) {
      assert.ok(!page.includes(canary), `the locked page still shows ${canary}`);
    }

    // A control planted the same ways the app stores things (a Blob and a string in IndexedDB,
    // sessionStorage): the search must find it, or a clean result would prove nothing.
    const control = `CONTROL-${randomBytes(12).toString('hex')}`;
    await plantControl(app.page, control);

    const dump = await dumpOriginStorage(app.page);
    assert.deepEqual(findInDump(dump, control).sort(), [
      'indexeddb:e2e-control/things (bytes)',
      'indexeddb:e2e-control/things (text)',
      'sessionStorage (text)',
    ]);
    // Positive controls: the dump reads the app's records, and finds what is stored in clear.
    assert.ok(
      dump.stores.some((s) => s.endsWith('/books')) &&
        dump.stores.some((s) => s.endsWith('/blobs')),
      `the dump saw the app's stores: ${dump.stores.join(', ')}`,
    );
    assert.ok(dump.recordCount >= 4, 'book, photo and its two blobs');
    assert.notDeepEqual(findInDump(dump, nickname), [], 'the cover name is stored readable');
    assert.ok(
      dump.items.some((i) => i.where.startsWith('cache:')),
      'the dump read the Cache Storage',
    );
    const storedBlobBytes = dump.items
      .filter((i) => i.where.endsWith('/blobs'))
      .flatMap((i) => i.values)
      .filter((v) => v.kind === 'bytes')
      .reduce((sum, v) => sum + Buffer.from(v.base64, 'base64').length, 0);
    assert.ok(
      storedBlobBytes >= original.byteLength + thumbnail.byteLength,
      'the photo is stored (sealed) in the blobs store',
    );

    for (const [field, canary] of Object.entries(canaries)) {
      assert.deepEqual(findInDump(dump, canary), [], `"${field}" is readable at rest`);
    }
    for (const [name, slice] of Object.entries({ original, thumbnail })) {
      const bytes = Buffer.from(slice.middle, 'base64');
      assert.equal(bytes.length, 64);
      assert.deepEqual(findInDump(dump, bytes), [], `the ${name} photo is stored in the clear`);
    }

    await lock.unlockWithSentence(created.sentence);
    await book.waitForMeNow();
    for (const field of meNowFields) {
      assert.equal(await book.meNowField(field).inputValue(), canaries[field]);
    }
    assert.equal(await book.waitForImagesLoaded(book.portrait()), 1, 'the photo shows again');
    assert.deepEqual(await displayedSlice(book.portrait()), original, 'the same photo bytes');
  });
});

/** What the app once kept in clear beside a record's ciphertext, and must not any more. */
const KIND_NAMES = [
  // entry kinds
  'home',
  'school',
  'leisure',
  'event',
  'memory',
  'letter',
  'dream',
  // the kinds of the other record tables, and the network sectors
  'photo',
  'network',
  'person',
  'family',
  'relatives',
  'placement',
  'school-work',
  'friends',
  'professionals',
];
const RECORD_STORES = ['entries', 'people', 'photos', 'snapshots'].map((s) => `livsbog/${s}`);
const RECORD_FIELDS = ['id', 'bookId', 'binned', 'iv', 'ct'];

/** Every stored item outside the Cache Storage (which holds the app's own code, kind names and all). */
function storedData(dump: StorageDump): StorageDump {
  return { ...dump, items: dump.items.filter((i) => !i.where.startsWith('cache:')) };
}

describe('canary: no kinds and no dates readable at rest', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('stores no kind and no date of entries, photos and network snapshots in the clear', async () => {
    const { page, baseURL } = app;
    const shelf = new ShelfPage(page, baseURL);
    const timeline = new TimelinePage(page, baseURL);
    const photos = new PhotosPage(page, baseURL);
    const people = new PeoplePage(page, baseURL);
    const lock = new LockScreen(page, baseURL);

    const nickname = `Nick${randomBytes(4).toString('hex')}`;
    await shelf.open({ lang: 'en' });
    await shelf.startNewBook();
    const created = await new CreateBookPage(page, baseURL).create({
      nickname,
      birthDate: { year: 2009, month: 11, day: 3 },
    });
    await timeline.waitForMeNow();

    // A home from May 2014 (stored as `0201405100…` by schema 1), a day in that month, a school.
    await timeline.goToTimeline();
    await timeline.waitForTimeline();
    await timeline.addEntry({
      kind: 'Home',
      title: 'Living with Hanne',
      start: { month: 'May', year: 2014 },
      end: 'now',
    });
    await timeline.backToTimeline();
    await timeline.addEntry({
      kind: 'Memory',
      title: 'The first swim',
      date: { day: 19, month: 'May', year: 2014 },
    });
    await timeline.backToTimeline();
    await timeline.addEntry({ kind: 'School', title: 'Big school', start: { year: 2016 } });

    // A photo taken on 19 May 2014 (its EXIF date is kept as the photo's date, then removed).
    const jpeg = readFileSync(
      path.resolve(
        import.meta.dirname,
        '../../../shared/fixtures/photos/orientation/Landscape_1.jpg',
      ),
    );
    const dated = injectIntoJpeg(jpeg, {
      replaceExif: true,
      segments: [exifSegment({ dateTimeOriginal: '2014:05:19 10:15:00' })],
    });
    await photos.goToPhotos();
    await photos.importFiles([
      { name: 'swim.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(dated) },
    ]);
    await photos.waitForGallery(1);

    // A person in the family sector, and the network map saved as of today.
    await people.goToPeople();
    await people.addPerson({ name: 'Mormor', sector: 'Family' });
    await people.goToMap();
    assert.match(await people.saveSnapshot(), /^The map is saved \(/);

    await people.lock();
    const dump = storedData(await dumpOriginStorage(page));
    assert.ok(
      RECORD_STORES.every((s) => dump.stores.includes(s)),
      `the dump saw the record stores: ${dump.stores.join(', ')}`,
    );

    // Each record row holds its id, its book's id, the bin flag and the sealed bytes: nothing else.
    const counts: Record<string, number> = {};
    for (const item of dump.items) {
      const store = item.where.replace(/^indexeddb:/, '');
      if (!RECORD_STORES.includes(store)) continue;
      counts[store] = (counts[store] ?? 0) + 1;
      const texts = item.values.flatMap((v) => (v.kind === 'text' ? [v.value] : []));
      const names = texts.filter((t) => RECORD_FIELDS.includes(t));
      assert.deepEqual([...names].sort(), [...RECORD_FIELDS].sort(), `${store}: only these fields`);
      const others = item.values.flatMap((v) => (v.kind === 'other' ? [v.value] : []));
      assert.deepEqual(others, ['0'], `${store}: the only number is the bin flag`);
      // The primary key, the field names, the id and the book's id: no other text.
      assert.equal(texts.length, 1 + RECORD_FIELDS.length + 2, `${store}: ${texts.join(', ')}`);
    }
    assert.deepEqual(counts, {
      'livsbog/entries': 3,
      'livsbog/people': 1,
      'livsbog/photos': 1,
      'livsbog/snapshots': 1,
    });

    // Nowhere in any storage: the sort-key shape, the year, a year/month/day, a kind name.
    for (const needle of ['201405', '2014', '2014-05', '2014:05', '20140519']) {
      assert.deepEqual(findInDump(dump, needle), [], `"${needle}" is readable at rest`);
    }
    const texts = dump.items.flatMap((i) =>
      i.values.flatMap((v) => (v.kind === 'text' ? [{ where: i.where, text: v.value }] : [])),
    );
    for (const kind of KIND_NAMES) {
      const hits = texts.filter((t) => t.text === kind).map((t) => t.where);
      assert.deepEqual(hits, [], `the kind "${kind}" is readable at rest`);
    }
    // The control: the same search finds what is stored in clear by design.
    assert.notDeepEqual(findInDump(dump, nickname), []);

    // Everything is still there, in its dated order, once the book is open again.
    await lock.unlockWithSentence(created.sentence);
    await timeline.goToTimeline();
    await timeline.waitForTimeline();
    await timeline.waitForTitles(['Living with Hanne', 'The first swim', 'Big school']);
    await photos.goToPhotos();
    await photos.waitForGallery(1);
  });
});
