import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import exifr from 'exifr';
import { afterAll, beforeAll, describe, it } from 'vitest';

import { withEverything } from '../../src/testing/exif-builder';
import { dirtyPng } from '../../src/testing/png-builder';

import type { UploadFile } from './pages/book-page';
import { CreateBookPage } from './pages/create-book-page';
import { LockScreen } from './pages/lock-screen';
import { PeoplePage } from './pages/people-page';
import { PhotosPage } from './pages/photos-page';
import { ShelfPage } from './pages/shelf-page';
import { expectNoAxeViolations } from './support/axe';
import { launchApp, type LaunchedApp } from './support/browser';

const ORIENTATION = path.resolve(
  import.meta.dirname,
  '../../../shared/fixtures/photos/orientation',
);
const FIXTURES = ['Landscape', 'Portrait'].flatMap((kind) =>
  [0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => `${kind}_${n}.jpg`),
);

function jpeg(name: string, buffer: Uint8Array): UploadFile {
  return { name, mimeType: 'image/jpeg', buffer: Buffer.from(buffer) };
}
const fixture = (name: string) => readFileSync(path.join(ORIENTATION, name));

/** A real JPEG with its frame header changed: a new size, or four colour components (CMYK). */
function patchFrame(b: Buffer, patch: { width?: number; height?: number; comps?: number }) {
  const out = Buffer.from(b);
  for (let i = 2; i < out.length;) {
    if (out[i + 1] === 0xc0) {
      if (patch.height !== undefined) out.writeUInt16BE(patch.height, i + 5);
      if (patch.width !== undefined) out.writeUInt16BE(patch.width, i + 7);
      if (patch.comps !== undefined) out[i + 9] = patch.comps;
      return out;
    }
    i += 2 + out.readUInt16BE(i + 2);
  }
  throw new Error('no frame header');
}

const BAD: { file: UploadFile; reason: string }[] = [
  {
    file: { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Dear diary') },
    reason: 'The file is not a picture.',
  },
  {
    file: {
      name: 'drawing.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    },
    reason: 'Drawings in SVG format cannot be used. Save the drawing as PNG or JPEG.',
  },
  {
    file: { name: 'empty.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(0) },
    reason: 'The file is empty.',
  },
  {
    file: jpeg('cut.jpg', fixture('Portrait_4.jpg').subarray(0, 120_000)),
    reason: 'The photo is not whole – the file stops too early. Download or copy it again.',
  },
  {
    file: jpeg('print.jpg', patchFrame(fixture('Landscape_1.jpg'), { comps: 4 })),
    reason: 'The photo uses print colours (CMYK). Save it as an ordinary JPEG (RGB).',
  },
  {
    file: jpeg(
      'huge.jpg',
      patchFrame(fixture('Landscape_1.jpg'), { width: 12_000, height: 8_400 }),
    ),
    reason: 'The photo is too big (over 60 megapixels or 200 MB). Save a smaller copy.',
  },
];

function meanDiff(a: number[], b: number[]): number {
  return a.reduce((sum, v, i) => sum + Math.abs(v - (b[i] ?? 0)), 0) / a.length;
}

describe('photos', () => {
  let app: LaunchedApp;
  let photos: PhotosPage;
  let sentence = '';
  let bookUrl = '';

  beforeAll(async () => {
    // Tall enough that the virtualised gallery renders every one of the ~20 photos at once.
    app = await launchApp({ contextOptions: { viewport: { width: 1280, height: 2400 } } });
    const shelf = new ShelfPage(app.page, app.baseURL);
    await shelf.open({ lang: 'en' });
    await shelf.startNewBook();
    const created = await new CreateBookPage(app.page, app.baseURL).create({
      nickname: 'Sara',
      language: 'en',
    });
    sentence = created.sentence;
    bookUrl = `/book/${created.bookId}`;
    photos = new PhotosPage(app.page, app.baseURL);
  });

  afterAll(async () => {
    await app.close();
  });

  it('imports a mixed drop: names each bad file, keeps the good ones upright and clean', async () => {
    await photos.goToPhotos();
    await photos.importFiles([
      ...FIXTURES.map((name) => jpeg(name, fixture(name))),
      ...BAD.map((b) => b.file),
    ]);
    assert.equal(await photos.addedText(), '18 photos were added to the book.');
    const lines = await photos.failureLines();
    assert.deepEqual(
      [...lines].sort((a, b) => a.name.localeCompare(b.name)),
      BAD.map((b) => ({ name: b.file.name, reason: b.reason })).sort((a, b) =>
        a.name.localeCompare(b.name),
      ),
    );

    await photos.waitForGallery(18);
    const looks = await photos.thumbnailLooks();
    const wide = looks.filter((l) => l.w > l.h);
    const tall = looks.filter((l) => l.h > l.w);
    assert.equal(wide.length, 9, 'nine landscapes shown wide');
    assert.equal(tall.length, 9, 'nine portraits shown tall');
    // Every orientation shows the same upright picture (only the digit differs).
    for (const group of [wide, tall]) {
      const reference = group[0]?.grey ?? [];
      for (const l of group)
        assert.ok(meanDiff(l.grey, reference) < 12, `photo ${l.id} is upright`);
    }

    await expectNoAxeViolations(app.page, 'the photos area');
  });

  it('shows the slideshow on the whole screen with the picture clear of big controls', async () => {
    await app.page.setViewportSize({ width: 1024, height: 768 });
    try {
      await photos.startSlideshow();
      const box = async (selector?: string) => {
        const show = photos.slideshow();
        const b = await (selector ? show.locator(selector).first() : show).boundingBox();
        assert.ok(b, `${selector ?? 'the slideshow'} is shown`);
        return b;
      };
      const dialog = await box();
      assert.deepEqual([dialog.x, dialog.y, dialog.width, dialog.height], [0, 0, 1024, 768]);
      const picture = await box('img.slide-picture');
      const controls = await box('.slide-controls');
      assert.ok(
        picture.y + picture.height <= controls.y + 1,
        'the picture ends above the controls',
      );
      for (const button of await photos.slideshow().locator('.slide-button').all()) {
        const b = await button.boundingBox();
        assert.ok(b && b.width >= 64 && b.height >= 64, 'every control is at least 64 px');
      }
      await app.page.keyboard.press('Escape');
      await photos.slideshow().waitFor({ state: 'detached' });
    } finally {
      await app.page.setViewportSize({ width: 1280, height: 2400 });
    }
  });

  it('turns HEIC into JPEG, strips PNG text and GPS, and stores a photo only once', async () => {
    await photos.importFiles([
      jpeg('IMG_0042.JPG', withEverything(fixture('Landscape_3.jpg'), 3)),
      {
        name: 'IMG_0043.HEIC',
        mimeType: 'image/heic',
        buffer: readFileSync(path.resolve(import.meta.dirname, '../fixtures/photos/tiny.heic')),
      },
      { name: 'scan.png', mimeType: 'image/png', buffer: Buffer.from(dirtyPng()) },
      jpeg('again.jpg', fixture('Landscape_5.jpg')),
    ]);
    assert.equal(await photos.addedText(), '3 photos were added to the book.');
    assert.equal(
      await photos.duplicatesText(),
      '1 photo was already there, so it was not added again.',
    );
    await photos.waitForGallery(21);

    // The stored bytes, as the app decrypts them: no GPS, no camera, no XMP, no IPTC.
    for (const id of await photos.tileIds()) {
      await photos.openPhoto(id);
      const bytes = await photos.downloadPhoto();
      await photos.closePhoto();
      assert.equal(await exifr.gps(bytes), undefined, 'no GPS');
      for (const secret of ['Testby', 'Fonecorp', 'SERIAL-0042', 'Testperson', 'GPSLatitude'])
        assert.ok(!bytes.includes(Buffer.from(secret)), `no "${secret}" in photo ${id}`);
    }
  });

  it('keeps hidden photos and people out of the slideshow; captions show and survive reload and lock', async () => {
    const people = new PeoplePage(app.page, app.baseURL);
    await people.goToPeople();
    await people.addPerson({ name: 'Mia' });
    await people.openNewPerson();
    await people.fillPerson({ name: 'Kim' });
    await people.form().getByRole('checkbox', { name: "Don't show in slideshows" }).check();
    await people.submitPerson();
    await people.heading().filter({ hasText: 'Kim' }).waitFor();

    await photos.goToPhotos();
    await photos.waitForGallery(21);
    const [withMia, withKim, hidden] = await photos.tileIds();
    assert.ok(withMia && withKim && hidden);
    await photos.openPhoto(withMia);
    await photos.editPhoto({ caption: 'Mia and me at the beach', people: ['Mia'] });
    await photos.closePhoto();
    await photos.openPhoto(withKim);
    await photos.editPhoto({ people: ['Kim'] });
    await photos.closePhoto();
    await photos.openPhoto(hidden);
    await photos.editPhoto({ hide: true });
    await photos.closePhoto();
    await photos.waitForGallery(20);

    const checkSlideshow = async () => {
      assert.deepEqual(await photos.slideshowPersonChoices(), ['Everyone', 'Mia']);
      await photos.startSlideshow();
      const slides = await photos.allSlides();
      const ids = slides.map((s) => s.id);
      assert.equal(slides.length, 19);
      assert.ok(!ids.includes(withKim), 'a photo with Kim is never shown');
      assert.ok(!ids.includes(hidden), 'a hidden photo is never shown');
      assert.equal(slides.find((s) => s.id === withMia)?.caption, 'Mia and me at the beach');
      // Keys: arrows move, Escape closes and gives focus back to the start button.
      const first = await photos.slidePosition();
      await app.page.keyboard.press('ArrowRight');
      assert.notEqual(await photos.slidePosition(), first);
      await app.page.keyboard.press('Escape');
      await photos.slideshow().waitFor({ state: 'detached' });
      assert.equal(
        await photos.slideshowStart().evaluate((el) => el === document.activeElement),
        true,
      );

      await photos.chooseSlideshowPerson('Mia');
      await photos.startSlideshow();
      assert.equal(await photos.slidePosition(), '1 of 1');
      assert.equal(await photos.slideCaption(), 'Mia and me at the beach');
      await photos.slideshow().getByRole('button', { name: 'Close the slideshow' }).click();
      await photos.chooseAllPeople();
    };
    await checkSlideshow();

    // A reload forgets every key: the book opens again with the secret sentence.
    const lock = new LockScreen(app.page, app.baseURL);
    await photos.reload();
    await lock.waitForLocked();
    await lock.unlockWithSentence(sentence);
    await photos.waitForPhotos();
    await photos.waitForGallery(20);
    await checkSlideshow();

    await photos.lock();
    await lock.goto(`${bookUrl}/photos`, { lang: 'en' });
    await lock.waitForLocked();
    await lock.unlockWithSentence(sentence);
    await photos.waitForPhotos();
    await photos.waitForGallery(20);
    await photos.openPhoto(withMia);
    assert.equal(await photos.captionField().inputValue(), 'Mia and me at the beach');
    await photos.closePhoto();
    await checkSlideshow();

    assert.deepEqual(app.pageErrors(), []);
    assert.deepEqual(app.foreignRequests(), []);
  });
});
