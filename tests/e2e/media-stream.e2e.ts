import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { CreateBookPage } from './pages/create-book-page';
import { LockScreen } from './pages/lock-screen';
import { MediaStreamPage } from './pages/media-stream-page';
import { ShelfPage } from './pages/shelf-page';
import { launchApp, waitForServiceWorkerActivated, type LaunchedApp } from './support/browser';
import { checkIntegrity } from './support/integrity';
import { dumpOriginStorage, findInDump } from './support/storage-dump';

const PIECE = 4 * 1024 * 1024;

/**
 * About 18 MB of H.264 noise (lossless, so it does not compress), `faststart`: the `moov` box
 * first, then the pictures. Cleaning rewrites only the metadata before them, so the stored
 * item ends with the same bytes as this file.
 */
function noiseVideo(dir: string): Buffer {
  const file = path.join(dir, 'noise.mp4');
  execFileSync('ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi'],
    ...['-i', 'nullsrc=s=320x240:r=25,geq=random(1)*255:128:128', '-t', '6'],
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-qp', '0', '-pix_fmt', 'yuv420p'],
    ...['-movflags', '+faststart', file],
  ]);
  return readFileSync(file);
}

describe('a video in sealed pieces', () => {
  let app: LaunchedApp;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'livsbog-media-'));
    app = await launchApp();
  });

  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores no clear piece at rest, and plays and seeks through the service worker', async () => {
    const { page, baseURL } = app;
    const video = noiseVideo(dir);
    assert.ok(video.length > 4 * PIECE, `the video spans five pieces (${video.length} bytes)`);
    // 64 bytes from the pictures of each piece but the first: the canaries.
    const canaries = [1, 2, 3, 4].map((n) => video.subarray(n * PIECE - 32, n * PIECE + 32));

    const shelf = new ShelfPage(page, baseURL);
    const media = new MediaStreamPage(page, baseURL);
    await shelf.open({ lang: 'en' });
    await waitForServiceWorkerActivated(page);
    // The first visit installs the worker; the next load is the one it controls.
    await shelf.open({ lang: 'en' });
    assert.equal(await media.isControlled(), true, 'the service worker controls the page');

    await shelf.startNewBook();
    const created = await new CreateBookPage(page, baseURL).create({
      nickname: 'Film',
      birthDate: { year: 2010, month: 2, day: 3 },
    });
    await media.waitForMeNow();
    await media.goToPhotos();
    await media.importFiles([{ name: 'noise.mp4', mimeType: 'video/mp4', buffer: video }], 180_000);
    assert.deepEqual(await media.failureLines(), [], 'the video is kept');
    // Its rows as a crash check reads them: pieces 0…4 with no gap, a thumb, nothing astray.
    assert.deepEqual((await checkIntegrity(page)).problems, []);

    // Locked: nothing of the pictures is readable anywhere the origin stores data.
    await media.lock();
    const dump = await dumpOriginStorage(page);
    const pieces = dump.items.filter(
      (i) => i.where.endsWith('/blobs') && i.values.some((v) => v.kind === 'text' && /:chunk:\d{6}$/.test(v.value)), // prettier-ignore
    );
    assert.equal(pieces.length, 5, 'five sealed pieces are stored');
    const storedBytes = pieces
      .flatMap((i) => i.values)
      .filter((v) => v.kind === 'bytes')
      .reduce((sum, v) => sum + Buffer.from(v.base64, 'base64').length, 0);
    assert.ok(storedBytes >= video.length - 100_000, `the pieces hold the video (${storedBytes})`);
    for (const [n, canary] of canaries.entries()) {
      assert.deepEqual(findInDump(dump, canary), [], `piece edge ${n + 1} is stored in the clear`);
    }

    // Unlocked: the player gets a /__media/ URL and its ranges are the video's bytes.
    // Unlocking goes back to the page that was locked: the photos.
    await new LockScreen(page, baseURL).unlockWithSentence(created.sentence);
    await media.waitForPhotos(30_000);
    const [id] = await media.tileIds();
    assert.ok(id, 'the video has a tile');
    await media.openPhoto(id);
    const played = await media.waitForMetadata();
    assert.match(new URL(played.src).pathname, /^\/__media\/[\w-]{20,}$/);
    assert.ok(played.duration > 5, `the player knows the length (${played.duration})`);

    const head = await media.fetchRange(played.src, 'bytes=0-0');
    assert.equal(head.status, 206);
    const size = Number(/\/(\d+)$/.exec(head.contentRange ?? '')?.[1]);
    // Cleaning changed only the metadata at the start: the stored item is the file's tail.
    const shift = video.length - size;
    assert.ok(shift >= 0 && shift < 100_000, `stored ${size} of ${video.length} bytes`);
    for (const at of [PIECE - 100, 2 * PIECE - 1, 3 * PIECE + 5]) {
      const got = await media.fetchRange(played.src, `bytes=${at}-${at + 199}`);
      assert.equal(got.status, 206);
      assert.equal(got.contentRange, `bytes ${at}-${at + 199}/${size}`);
      assert.ok(got.bytes.equals(video.subarray(at + shift, at + shift + 200)), `bytes at ${at}`);
    }
    const tail = await media.fetchRange(played.src, 'bytes=-10');
    assert.ok(tail.bytes.equals(video.subarray(video.length - 10)), 'the last ten bytes');
    const past = await media.fetchRange(played.src, `bytes=${size}-`);
    assert.equal(past.status, 416);

    const at = await media.seekTo(played.duration * 0.8);
    assert.ok(Math.abs(at - played.duration * 0.8) < 1, `seeked to ${at}`);
    await media.closePhoto();

    // Locking forgets the token: the same URL answers nothing.
    await media.lock();
    const gone = await media.fetchRange(played.src, 'bytes=0-0');
    assert.equal(gone.status, 404);
  });
});
