import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { INFO_AUTHOR, INFO_TITLE, XMP_MARKER, paperPdf } from '../../src/testing/paper-pdf-builder';

import { CreateBookPage, type CreatedBook } from './pages/create-book-page';
import { DrawingPage } from './pages/drawing-page';
import { ImportPage } from './pages/import-page';
import { LockScreen } from './pages/lock-screen';
import { MovingPackPage, noSavePickerScript } from './pages/moving-pack-page';
import { PackIndexPage } from './pages/pack-index-page';
import { RoadPage } from './pages/road-page';
import { ShelfPage } from './pages/shelf-page';
import { VideosPage } from './pages/videos-page';
import { FAKE_MICROPHONE_ARGS, VoiceRecorderPage } from './pages/voice-recorder';
import { bagProblems, unzipPack, writeUnpacked } from './support/bag';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';
import { filesHolding, readProfileSiteData } from './support/profile-scan';
import {
  dumpOriginStorage,
  findInDump,
  plantControl,
  type StorageDump,
} from './support/storage-dump';

const TOOLS = ['/usr/bin/ffmpeg', '/usr/bin/exiftool'].filter((t) => !existsSync(t));
/** The place and the phone written into the video; none of it may leave the app. */
const PLANTED = ['55.6761', 'Vestergade', 'iPhone', 'SN998877'];

/** A 1 s H.264/AAC MP4 from ffmpeg, with a place and a phone written by exiftool the ways phones do. */
function phoneVideo(dir: string): Buffer {
  const file = path.join(dir, 'IMG_0007.MP4');
  execFileSync('/usr/bin/ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=duration=1:size=96x64:rate=10', '-f', 'lavfi', '-i', 'sine=duration=1', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', file]); // prettier-ignore
  execFileSync('/usr/bin/exiftool', ['-q', '-overwrite_original', '-Keys:GPSCoordinates=55.6761, 12.5683, 10', '-UserData:GPSCoordinates=55.6761, 12.5683, 10', '-XMP:GPSLatitude=55.6761', '-XMP:GPSLongitude=12.5683', '-Keys:LocationName=Vestergade 5', '-Keys:Model=iPhone 15 Pro', '-UserData:SerialNumber=SN998877', file]); // prettier-ignore
  return readFileSync(file);
}

/** The tags exiftool (an independent parser) reads from a file that could say where it was made. */
function placeTags(bytes: Uint8Array, dir: string, name: string): string[] {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const out = execFileSync('/usr/bin/exiftool', ['-j', '-a', '-G1', '-ee', file], {
    encoding: 'utf8',
  });
  const tags = (JSON.parse(out) as Record<string, unknown>[])[0] ?? {};
  return Object.entries(tags)
    .filter(
      ([k, v]) =>
        /gps|location|serial|model/i.test(k) || PLANTED.some((p) => String(v).includes(p)),
    ) // prettier-ignore
    .map(([k]) => k);
}

/** Everything exiftool reads from a PDF's Info dictionary and XMP, as JSON text. */
function pdfTags(bytes: Uint8Array, dir: string, name: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return execFileSync('/usr/bin/exiftool', ['-j', '-a', '-G1', file], { encoding: 'utf8' });
}

/**
 * Three 64-byte pieces (a quarter, half and three quarters in) of a file's clear bytes, moved on
 * past runs of few byte values (zeroed boxes, padding) that would prove nothing.
 */
function samples(bytes: Uint8Array): Buffer[] {
  return [0.25, 0.5, 0.75].map((at) => {
    let start = Math.max(0, Math.floor(bytes.length * at) - 32);
    while (start + 64 < bytes.length && new Set(bytes.subarray(start, start + 64)).size < 24) {
      start += 64;
    }
    return Buffer.from(bytes.subarray(start, start + 64));
  });
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The pack's media files: name in `data/media/` → bytes. */
function mediaOf(files: Map<string, Uint8Array>): Map<string, Uint8Array> {
  return new Map(
    [...files]
      .filter(([n]) => /\/data\/media\/[^/]+$/.test(n))
      .map(([n, b]) => [n.replace(/^.*\/data\/media\//, ''), b]),
  );
}

/** The file's real type by its first bytes. */
function sniff(b: Uint8Array): string {
  const head = Buffer.from(b.subarray(0, 12));
  if (head.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))) return 'webm';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (head.subarray(4, 8).toString('latin1') === 'ftyp') return 'mp4';
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (head[0] === 0xff && head[1] === 0xd8) return 'jpeg';
  return 'unknown';
}

/**
 * Issue 14, end to end: a voice note through the fake microphone, a drawing made with pointer
 * events, a phone video with a place and a PDF with Info and XMP through the photos page; none of
 * their bytes readable at rest while locked; played after unlocking; in the moving pack with their
 * real types and without the place; index.html plays them from disk; and the pack brings them
 * into a fresh profile byte for byte.
 */
describe.skipIf(TOOLS.length > 0)(
  `every kind of memory, sealed and handed over${TOOLS.length > 0 ? ` (skipped: ${TOOLS.join(', ')} missing)` : ''}`,
  () => {
    let app: LaunchedApp;
    let second: LaunchedApp | undefined;
    let created: CreatedBook;
    let dir = '';

    beforeAll(async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'livsbog-every-kind-'));
      app = await launchApp({
        extraArgs: FAKE_MICROPHONE_ARGS,
        contextOptions: { acceptDownloads: true, viewport: { width: 1024, height: 768 } },
      });
      await app.context.addInitScript(noSavePickerScript);
      const shelf = new ShelfPage(app.page, app.baseURL);
      await shelf.open({ lang: 'en' });
      await shelf.startNewBook();
      created = await new CreateBookPage(app.page, app.baseURL).create({
        nickname: `Ida${randomBytes(3).toString('hex')}`,
        birthDate: { year: 2019, month: 5, day: 2 },
        ageMode: 'young',
      });
    }, 120_000);

    afterAll(async () => {
      await second?.close();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('records, draws, imports a video and a PDF; sealed at rest; plays; packs; comes back the same', async () => {
      const { page, baseURL } = app;
      const road = new RoadPage(page, baseURL);
      const voice = new VoiceRecorderPage(page, baseURL);
      const drawing = new DrawingPage(page, baseURL);
      const videos = new VideosPage(page, baseURL);

      // 1. The child's voice, from the road's first way to tell a memory.
      await road.goToTimeline();
      await page.getByRole('link', { name: 'Tell it with your voice' }).first().click();
      await voice.record(2);
      await voice.recorder().getByRole('button', { name: 'Save' }).click();
      const now = new Date();
      const voiceTitle = `Voice memory from ${now.toLocaleString('en', { month: 'long' })} ${now.getFullYear()}`;
      await page.locator('.entry-page h1', { hasText: voiceTitle }).waitFor({ timeout: 30_000 });

      // 2. A drawing made with pointer events, a memory of its own.
      await drawing.goToTimeline();
      await drawing.openDrawMemory();
      await drawing.choosePrompt('Draw your home');
      await drawing.choose('Red');
      await drawing.drawStroke([
        [0.25, 0.45],
        [0.25, 0.8],
        [0.75, 0.8],
        [0.75, 0.45],
      ]);
      await drawing.saveAsEntry('My home');
      const drawn = await drawing.pixels(drawing.entryPictures().first());
      assert.ok(drawn.red > 100, `the drawing shows in red (${JSON.stringify(drawn)})`);

      // 3. A phone video with its place, and a PDF with Info and XMP, through the photos page.
      const video = phoneVideo(dir);
      assert.ok(placeTags(video, dir, 'check.mp4').length >= 3, 'the video carries a place');
      const pdf = Buffer.from(await paperPdf());
      const planted = pdfTags(pdf, dir, 'planted.pdf');
      for (const s of [INFO_TITLE, INFO_AUTHOR, XMP_MARKER]) {
        assert.ok(planted.includes(s), `the PDF carries ${s} in Info or XMP`);
      }
      await videos.goToPhotos();
      await videos.importFiles([
        { name: 'IMG_0007.MP4', mimeType: 'video/mp4', buffer: video },
        { name: 'udtalelse.pdf', mimeType: 'application/pdf', buffer: pdf },
      ]);
      assert.deepEqual(await videos.failureLines(), [], 'both are kept');
      await videos.waitForVideoTiles(1);

      // 4. Locked: the profile is read, in the page and as files on disk; checked below, once
      // the pack has given us every item's clear bytes as the app stores them.
      await videos.lock();
      const lock = new LockScreen(page, baseURL);
      const control = `CONTROL-${randomBytes(24).toString('hex')}`;
      await plantControl(page, control);
      const dump: StorageDump = await dumpOriginStorage(page);
      const onDisk = await readProfileSiteData(app.userDataDir);
      assert.ok(dump.stores.includes('livsbog/blobs'), `the dump saw ${dump.stores.join(', ')}`);
      assert.notDeepEqual(findInDump(dump, control), [], 'the dump finds what is stored clear');
      assert.notDeepEqual(
        filesHolding(onDisk, Buffer.from(`bytes:${control}`)),
        [],
        'the disk scan finds it too',
      );

      // 5. Unlocked: the voice and the video play from their sealed pieces.
      await lock.unlockWithSentence(created.sentence);
      await road.goToTimeline();
      await page.getByRole('link', { name: voiceTitle, exact: true }).first().click();
      await page.locator('.entry-page h1', { hasText: voiceTitle }).waitFor({ timeout: 30_000 });
      const heard = await voice.playAndMeasure(page.locator('.voice-notes audio').first());
      assert.ok(Number.isFinite(heard) && heard > 1.5, `the voice note plays (${heard} s)`);
      await videos.goToPhotos();
      await videos.waitForVideoTiles(1);
      await videos.videoTiles().first().click();
      await videos.dialog().waitFor();
      const played = await videos.waitForPlayable();
      assert.ok(played.duration > 0.5 && played.width === 96, `the video plays (${JSON.stringify(played)})`); // prettier-ignore
      await videos.closePhoto();

      // 6. The moving pack: every kind in media/ with its real type, the video and the PDF clean.
      const pack = new MovingPackPage(page, baseURL);
      await pack.openFromNav();
      const zip = await pack.downloadPack(dir);
      const files = unzipPack(zip);
      assert.deepEqual(bagProblems(files), []);
      const media = mediaOf(files);
      const byType = new Map([...media].map(([name, b]) => [sniff(b), { name, bytes: b }]));
      assert.deepEqual(
        [...media].map(([name, b]) => `${name.replace(/^.*\./, '')}:${sniff(b)}`).sort(),
        ['mp4:mp4', 'pdf:pdf', 'png:png', 'webm:webm'],
        'one file per kind, named by its real type',
      );
      const packedVideo = byType.get('mp4')?.bytes ?? new Uint8Array();
      const packedPdf = byType.get('pdf')?.bytes ?? new Uint8Array();
      assert.deepEqual(placeTags(packedVideo, dir, 'packed.mp4'), [], 'no place or phone in the video'); // prettier-ignore
      for (const s of [...PLANTED, 'com.apple.quicktime']) {
        assert.ok(!Buffer.from(packedVideo).includes(s), `"${s}" is not in the packed video`);
      }
      for (const s of [INFO_TITLE, INFO_AUTHOR, XMP_MARKER]) {
        assert.ok(!Buffer.from(packedPdf).includes(s), `"${s}" is not in the packed PDF`);
      }
      const packedTags = pdfTags(packedPdf, dir, 'packed.pdf');
      for (const s of [INFO_TITLE, INFO_AUTHOR, XMP_MARKER]) {
        assert.ok(!packedTags.includes(s), `exiftool reads ${s} from the packed PDF`);
      }

      // The locked profile held none of these files' bytes in the clear (step 4).
      for (const [name, bytes] of media) {
        for (const piece of samples(bytes)) {
          assert.deepEqual(findInDump(dump, piece), [], `${name} is readable in storage`);
          assert.deepEqual(filesHolding(onDisk, piece), [], `${name} is readable on disk`);
        }
      }
      // The video was cleaned in place: its pictures, as imported, were never stored clear.
      for (const piece of samples(video)) {
        assert.deepEqual(filesHolding(onDisk, piece), [], 'the imported video is readable on disk');
      }

      // 7. index.html from disk plays the voice and the video and links the paper.
      const unpacked = path.join(dir, 'unpacked');
      await writeUnpacked(files, unpacked);
      const indexName = [...files.keys()].find((n) => /^[^/]+\/data\/index\.html$/.test(n));
      assert.ok(indexName !== undefined, 'the pack has data/index.html');
      const html = new TextDecoder().decode(files.get(indexName));
      assert.ok(!/<script/i.test(html), 'index.html has no script');
      const reader = await app.context.newPage();
      try {
        const index = new PackIndexPage(reader);
        await index.open(path.join(unpacked, indexName));
        const players = await index.waitForPlayers();
        // A voice note may show twice (with its entry and among the media): one file each.
        assert.deepEqual(
          [...new Set(players.map((p) => `${p.tag}:${p.src.replace(/^.*\//, '')}`))].sort(),
          [`audio:${byType.get('webm')?.name ?? '-'}`, `video:${byType.get('mp4')?.name ?? '-'}`],
        );
        for (const p of players) {
          assert.ok(p.duration > 0 && p.readyState >= 1, `${p.tag} ${p.src}: ${JSON.stringify(p)}`);
        }
        const paperHref = await index.paperLinks().first().getAttribute('href');
        assert.ok(paperHref?.endsWith(byType.get('pdf')?.name ?? '-') === true, `${paperHref}`);
        assert.ok(existsSync(path.join(path.dirname(path.join(unpacked, indexName)), paperHref)));
      } finally {
        await withTimeout(reader.close(), 15_000, 'closing index.html');
      }

      // 8. A fresh profile imports the pack as a new book; its own pack holds the same files.
      second = await launchApp({ contextOptions: { acceptDownloads: true } });
      await second.context.addInitScript(noSavePickerScript);
      const importer = new ImportPage(second.page, second.baseURL);
      await importer.open();
      await importer.chooseFile(Buffer.from(zip), 'livsbog-pack.zip');
      await importer.waitChecked();
      assert.deepEqual(await importer.refusedLines(), [], 'nothing stays out');
      await importer.importAsNewBook();
      await importer.waitDone();
      await importer.openNewBook();
      const again = new MovingPackPage(second.page, second.baseURL);
      await again.openFromNav();
      const againDir = mkdtempSync(path.join(dir, 'again-'));
      const moved = mediaOf(unzipPack(await again.downloadPack(againDir)));
      assert.deepEqual(
        [...moved.values()].map(sha256).sort(),
        [...media.values()].map(sha256).sort(),
        'every item byte for byte the same after the move',
      );
      assert.deepEqual(app.pageErrors(), []);
      assert.deepEqual(second.pageErrors(), []);
    }, 600_000);
  },
);
