import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { CreateBookPage } from './pages/create-book-page';
import { MovingPackPage, noSavePickerScript } from './pages/moving-pack-page';
import { ShelfPage } from './pages/shelf-page';
import { VideosPage } from './pages/videos-page';
import { unzipPack } from './support/bag';
import { launchApp, type LaunchedApp } from './support/browser';

/** An ffmpeg-made MP4 (1 s, 96×64) with a place, a phone and a serial written by exiftool. */
const PHONE_VIDEO = readFileSync(
  path.resolve(import.meta.dirname, '../../src/testing/fixtures/phone-with-place.mp4'),
);
/** What must not be in the stored bytes: the phone, its serial, the place, the XMP packet. */
const IDENTIFYING = ['iPhone', 'Apple', 'SN998877', '55.6761', 'XMP', 'com.apple.quicktime'];

/** Tags exiftool (an independent parser) finds that could say where or with what. */
function exiftoolFinds(bytes: Buffer): string[] {
  if (!existsSync('/usr/bin/exiftool')) return [];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'livsbog-video-e2e-'));
  try {
    const file = path.join(dir, 'stored.mp4');
    writeFileSync(file, bytes);
    const json = execFileSync('/usr/bin/exiftool', ['-j', '-a', '-G1', '-ee', file], {
      encoding: 'utf8',
    });
    const tags = (JSON.parse(json) as Record<string, unknown>[])[0] ?? {};
    return Object.keys(tags).filter(
      (k) =>
        /gps|location|make|model|serial|software|xmp|keys|userdata/i.test(k) &&
        !k.startsWith('System:'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('videos', () => {
  let app: LaunchedApp;
  let videos: VideosPage;
  let dir = '';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'livsbog-video-pack-'));
    app = await launchApp({ contextOptions: { acceptDownloads: true } });
    await app.context.addInitScript(noSavePickerScript);
    const shelf = new ShelfPage(app.page, app.baseURL);
    await shelf.open({ lang: 'en' });
    await shelf.startNewBook();
    await new CreateBookPage(app.page, app.baseURL).create({ nickname: 'Sara', language: 'en' });
    videos = new VideosPage(app.page, app.baseURL);
  }, 90_000);

  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a phone video without its place: poster, length, plays, in the pack; a cut one is named', async () => {
    assert.ok(exiftoolFinds(PHONE_VIDEO).length > 3 || !existsSync('/usr/bin/exiftool'));
    await videos.goToPhotos();
    await videos.importFiles([
      { name: 'IMG_0042.MP4', mimeType: 'video/mp4', buffer: PHONE_VIDEO },
      { name: 'cut.mp4', mimeType: 'video/mp4', buffer: PHONE_VIDEO.subarray(0, 9000) },
    ]);
    assert.deepEqual(await videos.failureLines(), [
      {
        name: 'cut.mp4',
        reason: 'The video is not whole: the file stops too early. Download or copy it again.',
      },
    ]);

    await videos.waitForVideoTiles(1);
    const tile = videos.videoTiles().first();
    const poster = await videos.posterSize(tile);
    assert.ok(poster.w > 0 && poster.h > 0, 'the poster frame shows');
    assert.match((await tile.textContent()) ?? '', /0:01/, 'the tile says how long it is');

    await tile.click();
    await videos.dialog().waitFor();
    const played = await videos.waitForPlayable();
    assert.equal(played.width, 96);
    assert.ok(Math.abs(played.duration - 1) < 0.1, `plays for a second (${played.duration})`);

    const stored = await videos.downloadPlayed();
    assert.equal(stored.length, PHONE_VIDEO.length, 'cleaned in place: same size, nothing moved');
    for (const s of IDENTIFYING) assert.ok(!stored.includes(s), `${s} is not stored`);
    assert.deepEqual(exiftoolFinds(stored), [], 'exiftool finds no place or device');
    await videos.closePhoto();

    // The moving pack carries the video with its real type, cleaned again, byte for byte.
    const pack = new MovingPackPage(app.page, app.baseURL);
    await pack.openFromNav();
    const files = unzipPack(await pack.downloadPack(dir));
    const mp4s = [...files].filter(([n]) => /\/data\/media\/.*\.mp4$/.test(n));
    assert.equal(mp4s.length, 1, 'one video in the pack');
    const exported = Buffer.from(mp4s[0]?.[1] ?? new Uint8Array());
    assert.ok(exported.equals(stored), 'the pack holds the stored video byte for byte');
  });
});
