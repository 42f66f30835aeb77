import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import exifr from 'exifr';
import { afterAll, beforeAll, describe, it } from 'vitest';

import { SCAN_DAMAGE, damageScan, scanDataRange } from '../../src/testing/damaged-jpeg';
import { withEverything } from '../../src/testing/exif-builder';

import type { UploadFile } from './pages/book-page';
import { CreateBookPage } from './pages/create-book-page';
import { PhotosPage } from './pages/photos-page';
import { ShelfPage } from './pages/shelf-page';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';

const fixture = readFileSync(
  path.resolve(import.meta.dirname, '../../../shared/fixtures/photos/orientation/Landscape_1.jpg'),
);

function damaged(name: string): Uint8Array<ArrayBuffer> {
  const d = SCAN_DAMAGE.find((s) => s.name === name);
  if (!d) throw new Error(`no damage called ${name}`);
  return damageScan(fixture, d.bytes);
}

const jpeg = (name: string, bytes: Uint8Array): UploadFile => ({
  name,
  mimeType: 'image/jpeg',
  buffer: Buffer.from(bytes),
});

/** The compressed picture of a JPEG, from its first scan's data to the end marker. */
function scan(bytes: Uint8Array): Buffer {
  const { start } = scanDataRange(bytes);
  return Buffer.from(bytes.subarray(start, bytes.lastIndexOf(0xd9) + 1));
}

describe('a camera JPEG with damaged compressed data', () => {
  let app: LaunchedApp;
  let photos: PhotosPage;

  beforeAll(async () => {
    app = await launchApp({ contextOptions: { viewport: { width: 1280, height: 1600 } } });
    const shelf = new ShelfPage(app.page, app.baseURL);
    await shelf.open({ lang: 'en' });
    await shelf.startNewBook();
    await new CreateBookPage(app.page, app.baseURL).create({ nickname: 'Sara', language: 'en' });
    photos = new PhotosPage(app.page, app.baseURL);
  });

  afterAll(async () => {
    await app.close();
  });

  it('Chromium shows the damaged pictures the cleaner now keeps, and not the one it refuses', async () => {
    for (const d of SCAN_DAMAGE) {
      const b64 = Buffer.from(damageScan(fixture, d.bytes)).toString('base64');
      const shows = await withTimeout(
        app.page.evaluate(async (data) => {
          const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
          try {
            const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
            bitmap.close();
            return true;
          } catch {
            return false;
          }
        }, b64),
        30_000,
        `decode ${d.name}`,
      );
      assert.equal(shows, d.shows, `${d.name} shows in Chromium: ${String(d.shows)}`);
    }
  });

  it('is kept with its metadata removed and its picture byte for byte; one no browser shows is refused', async () => {
    const kept = damaged('app1-in-scan');
    await photos.goToPhotos();
    await photos.importFiles([
      jpeg('DSC_0001.JPG', withEverything(kept, 1)),
      jpeg('DSC_0002.JPG', damaged('tem-in-scan')),
      jpeg('DSC_0003.JPG', damaged('reserved-marker')),
    ]);
    assert.equal(await photos.addedText(), '2 photos were added to the book.');
    assert.deepEqual(await photos.failureLines(), [
      { name: 'DSC_0003.JPG', reason: 'The photo is damaged and cannot be shown.' },
    ]);
    await photos.waitForGallery(2);

    const stored: Buffer[] = [];
    for (const id of await photos.tileIds()) {
      await photos.openPhoto(id);
      stored.push(await photos.downloadPhoto());
      await photos.closePhoto();
    }
    const withDamage = stored.find((b) => scan(b).equals(scan(kept)));
    assert.ok(withDamage, 'the damaged picture is stored as it was, damage and all');
    assert.equal(await exifr.gps(withDamage), undefined, 'no GPS');
    for (const secret of ['Testby', 'Fonecorp', 'SERIAL-0042'])
      assert.ok(!withDamage.includes(Buffer.from(secret)), `no "${secret}"`);
  });
});
