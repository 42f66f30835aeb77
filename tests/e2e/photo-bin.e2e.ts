import assert from 'node:assert/strict';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { CreateBookPage } from './pages/create-book-page';
import { DrawingPage } from './pages/drawing-page';
import { PhotoBinPage } from './pages/photo-bin-page';
import { ShelfPage } from './pages/shelf-page';
import { launchApp, type LaunchedApp } from './support/browser';
import { storeKeys } from './support/idb';

/**
 * Issue 14: a drawing goes in the bin from its dialog (gone from the gallery, the bin link
 * counts it), comes back with Undo and from the bin page, and is deleted for good after a
 * second yes, with every stored piece of its bytes.
 */
describe('the bin of every kind of memory (a drawing)', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp({ contextOptions: { viewport: { width: 1024, height: 768 } } });
    const shelf = new ShelfPage(app.page, app.baseURL);
    await shelf.open({ lang: 'en' });
    await shelf.startNewBook();
    await new CreateBookPage(app.page, app.baseURL).create({
      nickname: 'Ida',
      birthDate: { year: 2017, month: 3 },
    });
  }, 120_000);

  afterAll(async () => {
    await app.close();
  });

  it('bins a drawing, undoes, puts it back from the bin, then deletes it for good with its bytes', async () => {
    const { page, baseURL } = app;
    const drawing = new DrawingPage(page, baseURL);
    const bin = new PhotoBinPage(page, baseURL);
    await drawing.goToTimeline();
    await drawing.openDrawMemory();
    await drawing.choosePrompt('Draw your home');
    await drawing.drawStroke([
      [0.2, 0.3],
      [0.8, 0.7],
    ]);
    await drawing.saveAsEntry('My home');

    await bin.goToPhotos();
    await bin.tiles().first().waitFor();
    const [id] = await bin.tileIds();
    assert.ok(id, 'the drawing has a tile');
    const pieceOf = { index: 'photoId', value: id };
    const pieces = await storeKeys(page, 'blobs', pieceOf);
    assert.ok(pieces.length > 0, 'the drawing’s bytes are stored');
    assert.equal(await bin.binLink().count(), 0, 'no bin link while the bin is empty');

    // Binned from its dialog: gone from the gallery, counted by the link; Undo brings it back.
    await bin.openPhoto(id);
    await bin.binFromDialog();
    await bin.tile(id).waitFor({ state: 'detached' });
    await bin
      .binLink()
      .filter({ hasText: /^Bin \(1\)$/ })
      .waitFor();
    const said = (await bin.binnedNotice().textContent()) ?? '';
    const shown = /^“(.+)” is in the bin/.exec(said)?.[1] ?? '';
    assert.ok(shown !== '', `the status names the drawing: ${said}`);
    await bin.undoBin(shown);
    await bin.tile(id).waitFor();
    await bin.binLink().waitFor({ state: 'detached' });

    // Binned again; the bin page lists it and puts it back.
    await bin.openPhoto(id);
    await bin.binFromDialog();
    await bin.openBin();
    assert.equal(await bin.binItems().count(), 1);
    const label = ((await bin.binItems().first().locator('.bin-item-title').textContent()) ?? '').trim(); // prettier-ignore
    assert.ok(label !== '', 'the bin names the drawing');
    await bin.restore(label);
    await bin.tile(id).waitFor();
    assert.equal(await bin.binLink().count(), 0, 'the link goes with the last binned item');
    assert.deepEqual(await storeKeys(page, 'blobs', pieceOf), pieces, 'bytes kept');

    // Binned a third time and deleted for good: no row of it or its bytes is left.
    await bin.openPhoto(id);
    await bin.binFromDialog();
    await bin.openBin();
    await bin.deleteForever(label);
    await page.getByText('The bin is empty.', { exact: true }).waitFor();
    assert.deepEqual(await storeKeys(page, 'blobs', pieceOf), []);
    const blobs = await storeKeys(page, 'blobs');
    assert.deepEqual(
      pieces.filter((k) => blobs.includes(k)),
      [],
      'no piece by its own key',
    );
    assert.ok(!(await storeKeys(page, 'photos')).includes(id), 'the item’s row is gone');
    assert.deepEqual(app.pageErrors(), []);
  }, 180_000);
});
