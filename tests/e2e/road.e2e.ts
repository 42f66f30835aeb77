import assert from 'node:assert/strict';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { CreateBookPage, type CreatedBook } from './pages/create-book-page';
import { LockScreen } from './pages/lock-screen';
import { MeNowPictures } from './pages/me-now-pictures';
import { PhotosPage } from './pages/photos-page';
import { RoadPage } from './pages/road-page';
import { ShelfPage } from './pages/shelf-page';
import { expectNoAxeViolations } from './support/axe';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';
import { noisyPng } from './support/png';

/**
 * Issue 15: a seven-year-old on a 1024×768 tablet, in the young mode. Set-up (making the book,
 * one photo) uses the usual page models; from the locked book on, everything is a tap.
 */
describe('the road (young mode, tablet, taps only)', () => {
  let app: LaunchedApp;
  let created: CreatedBook;
  let road: RoadPage;
  let lock: LockScreen;

  beforeAll(async () => {
    app = await launchApp({
      contextOptions: { viewport: { width: 1024, height: 768 }, hasTouch: true },
    });
    const shelf = new ShelfPage(app.page, app.baseURL);
    const wizard = new CreateBookPage(app.page, app.baseURL);
    const photos = new PhotosPage(app.page, app.baseURL);
    road = new RoadPage(app.page, app.baseURL);
    lock = new LockScreen(app.page, app.baseURL);
    await shelf.open({ lang: 'en' });
    await shelf.startNewBook();
    created = await wizard.create({
      nickname: 'Ida',
      birthDate: { year: 2019, month: 5, day: 2 },
      ageMode: 'young',
    });
    await photos.goToPhotos();
    await photos.importFiles([
      { name: 'garden.png', mimeType: 'image/png', buffer: noisyPng(320, 240) },
    ]);
    await road.lock();
  });

  afterAll(async () => {
    await app.close();
  });

  it('goes from a locked book to a new memory with a photo and a feeling by taps alone', async () => {
    await lock.waitForLocked();
    await lock.unlockByPictures(created.sentence.split(' '));

    await road.nav().getByRole('link', { name: 'Timeline', exact: true }).tap();
    await road.waitForTimeline();
    await road.page.locator('.timeline-empty .road-picture').waitFor();
    await expectNoAxeViolations(app.page, 'the empty road');

    await road.tapAdd();
    await expectNoAxeViolations(app.page, 'adding a memory with pictures');
    // "Done" before choosing what it is: a clear message, nothing saved.
    await road.button('Done').tap();
    await road.page.getByText('Tap a picture to choose what it is.').waitFor();

    await road.tapKind('Memory');
    await road.tapFeeling('Happy');
    await road.photoTiles().first().tap();
    await road.page.getByText('1 photo chosen').waitFor();
    await road.waitForImagesLoaded(road.photoTiles().locator('img'));

    const now = new Date();
    const month = now.toLocaleString('en', { month: 'long' });
    const title = `A memory from ${month} ${now.getFullYear()}`;
    await road.tapDone(title);

    await road.page.getByRole('link', { name: 'Back to the timeline' }).tap();
    await road.road().waitFor();
    const card = road.roadCard(title);
    await card.waitFor();
    assert.equal(
      // The photo is a sealed blob's object URL; the feeling is a bundled picture beside it.
      await road.waitForImagesLoaded(card.locator('img[src^="blob:"]')),
      1,
      'the card shows the photo',
    );
    await card.getByRole('img', { name: 'Feeling: Happy' }).waitFor();
    await expectNoAxeViolations(app.page, 'the road with one memory');

    await road.lockButton().tap();
    await lock.waitForLocked();
    await lock.unlockByPictures(created.sentence.split(' '));
    assert.deepEqual(app.pageErrors(), []);
  });
});

describe('Me now by picture (young mode, tablet, taps only)', () => {
  let app: LaunchedApp;
  let created: CreatedBook;
  let lock: LockScreen;

  beforeAll(async () => {
    app = await launchApp({
      contextOptions: { viewport: { width: 1024, height: 768 }, hasTouch: true },
    });
    const shelf = new ShelfPage(app.page, app.baseURL);
    const wizard = new CreateBookPage(app.page, app.baseURL);
    lock = new LockScreen(app.page, app.baseURL);
    await shelf.open({ lang: 'en' });
    await shelf.startNewBook();
    created = await wizard.create({
      nickname: 'Ida',
      birthDate: { year: 2019, month: 5, day: 2 },
      ageMode: 'young',
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('picks how she feels and two likes on Me now by taps, and finds them on the cover after a reload', async () => {
    const me = new MeNowPictures(app.page, app.baseURL);
    await me.nav().getByRole('link', { name: 'Me now', exact: true }).tap();
    await me.feelings().waitFor();
    await me.tapFeeling('Happy');
    await me.tapLike('Animals', 'horse');
    await me.tapLike('Food', 'pizza');
    await expectNoAxeViolations(app.page, 'Me now with a feeling and two likes');

    // A reload locks the book (pagehide): open it again by pictures, still taps only.
    await withTimeout(app.page.reload(), 30_000, 'reload');
    await lock.waitForLocked();
    await lock.unlockByPictures(created.sentence.split(' '));
    const cover = me.cover();
    await cover.getByText('How I feel: Happy').waitFor();
    const likes = await cover.locator('.me-cover-likes li').allTextContents();
    // Each like is its picture (an emoji with no bundled file shows as text) and its word.
    assert.deepEqual(
      likes.map((l) => l.trim().split(' ').at(-1)),
      ['horse', 'pizza'],
    );
    assert.deepEqual(app.pageErrors(), []);
  });
});
