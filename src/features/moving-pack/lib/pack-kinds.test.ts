/**
 * Every kind of memory through the moving pack and back (issue 14): a book with a drawing, a
 * voice note (several pieces), a video and a PDF paper is written as a pack, imported as a new
 * book (big items stored as sealed pieces), exported again from storage and read back: every
 * item's bytes identical. A video with a place in it comes out clean both ways (exiftool, an
 * independent parser, looks); bad items are refused with their reasons and nothing of them is
 * stored. Skips the exiftool checks where exiftool is missing (CI installs
 * libimage-exiftool-perl).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { generateRecoveryCode, sha256Hex } from '@/crypto';
import { MEDIA_CHUNK_BYTES, type Photo } from '@/domain';
import { addMedia, db, interruptedImports, readBookContent, readMediaBlob } from '@/db';
import { cleanVideo, cleanVoice } from '@/media';
import { cleanPdf } from '@/media/paper';
import { readPack, selectForExport, writePack, type BookData, type PackContents } from '@/pack';
import { withFreshDatabase } from '@/testing/db-helpers';
import { CHROME_WEBM } from '@/testing/fake-media-recorder';
import { KNOWN_SENTENCE } from '@/testing/factories';
import { withTempDir } from '@/testing/media-tools';
import { dangers, paperPdf } from '@/testing/paper-pdf-builder';
import { collect, makePhoto, photoBytesFor, sampleBook, tinyJpeg } from '@/testing/pack-fixtures';
import { storeChecksum } from '@/testing/store-checksum';
import { checkPack, importPack, type ImportTarget } from './import-client';
import { inProcessWorkers } from './in-process-workers';
import { exportStoredBook } from '@/testing/pack-store-export';

withFreshDatabase();

const workers = inProcessWorkers(() => new Blob([tinyJpeg()], { type: 'image/jpeg' }));
const ALL = { includeOnlyMe: true, includeProtectedPlaces: true, includeHiddenPhotos: true };
const NEW: ImportTarget = {
  kind: 'new',
  sentence: KNOWN_SENTENCE,
  recoveryCode: generateRecoveryCode(),
};
const root = path.resolve(import.meta.dirname, '../../../..');
const DIRTY_VIDEO = new Uint8Array(
  readFileSync(path.join(root, 'src/testing/fixtures/phone-with-place.mp4')),
);
const exiftool = existsSync('/usr/bin/exiftool');
const dir = withTempDir('livsbog-pack-kinds-');

/** Every place-like tag exiftool finds in a file (an independent parser). */
function placeTags(bytes: Uint8Array, name: string): string[] {
  const file = path.join(dir(), name);
  writeFileSync(file, bytes);
  const out = execFileSync('/usr/bin/exiftool', ['-j', '-G', '-a', file], { encoding: 'utf8' });
  const tags = (JSON.parse(out) as Record<string, unknown>[])[0] ?? {};
  return Object.entries(tags)
    .filter(([k, v]) => /gps|location|coordinat|serial|model|make/i.test(`${k} ${String(v)}`))
    .filter(([k]) => !k.startsWith('System:') && !k.startsWith('File:'))
    .map(([k, v]) => `${k}=${String(v)}`);
}

/**
 * Chrome's WebM voice note as its MediaRecorder hands it over ("Chrome" as muxing and writing
 * app), grown past `size` bytes (several pieces) by a Void element before its first Cluster.
 */
function voiceBytes(size: number): Uint8Array<ArrayBuffer> {
  const at = Buffer.from(CHROME_WEBM).indexOf(Buffer.from([0x1f, 0x43, 0xb6, 0x75]));
  const pad = Math.max(0, size - CHROME_WEBM.length);
  const out = new Uint8Array(CHROME_WEBM.length + pad + 9);
  out.set(CHROME_WEBM.subarray(0, at));
  // Void, size as an 8-byte vint (0x01 then seven bytes), then zeros.
  const header = [0xec, 0x01, 0, 0, 0, (pad >>> 24) & 0xff, (pad >>> 16) & 0xff, (pad >>> 8) & 0xff, pad & 0xff]; // prettier-ignore
  out.set(header, at);
  out.set(CHROME_WEBM.subarray(at), at + 9 + pad);
  return out;
}

/** The voice note as the app stores it: cleaned (the import would clean a raw one). */
async function cleanVoiceBytes(size: number): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await (await cleanVoice(new Blob([voiceBytes(size)]))).blob.arrayBuffer());
}

interface Kinds {
  data: BookData;
  bytes: Map<string, Uint8Array>;
}

/** The sample book plus one item of each new kind; the voice note answers a Me now question. */
async function bookWithEveryKind(
  video: Uint8Array,
  paper: Uint8Array,
  voice?: Uint8Array,
): Promise<Kinds> {
  const { data, photoBytes } = await sampleBook();
  const bytes = new Map<string, Uint8Array>(photoBytes);
  const firstPhoto = data.photos[0]?.id ?? '';
  const drawing = photoBytesFor('image/png', new Uint8Array([1, 2, 3]));
  voice ??= await cleanVoiceBytes(MEDIA_CHUNK_BYTES + 1234);
  const items: [Photo, Uint8Array][] = [
    [
      await makePhoto('it_drawing', drawing, {
        kind: 'drawing',
        mime: 'image/png',
        caption: 'Mit hjem',
      }),
      drawing,
    ],
    [
      await makePhoto('it_voice', voice, {
        kind: 'voice',
        mime: 'audio/webm',
        durationMs: 4000,
        title: 'Min stemme',
        photoIds: [firstPhoto],
        width: 0,
        height: 0,
      }),
      voice,
    ],
    [
      await makePhoto('it_video', video, {
        kind: 'video',
        mime: 'video/mp4',
        durationMs: 1000,
        title: 'Cykeltur',
      }),
      video,
    ],
    [
      await makePhoto('it_paper', paper, {
        kind: 'paper',
        mime: 'application/pdf',
        title: 'Skoleudtalelse',
        givenBy: 'Skolen',
        pageCount: 2,
      }),
      paper,
    ],
  ];
  for (const [item, b] of items) bytes.set(item.id, b);
  const meNow = { ...data.book.details.meNow, voiceIds: { likes: 'it_voice' } };
  return {
    data: {
      ...data,
      book: { ...data.book, details: { ...data.book.details, meNow } },
      photos: [...data.photos, ...items.map(([item]) => item)],
    },
    bytes,
  };
}

async function packOf({ data, bytes }: Kinds): Promise<Blob> {
  const writer = writePack(
    {
      selection: selectForExport(data, ALL),
      readPhoto: (id) =>
        Promise.resolve(new Blob([(bytes.get(id) ?? new Uint8Array()) as Uint8Array<ArrayBuffer>])),
    },
    { appVersion: 'test', now: new Date('2026-06-01T08:00:00Z') },
  );
  return new Blob([await collect(writer.stream)]);
}

const exportFromStore = (bookId: string) => exportStoredBook(bookId);

async function bytesOf(blob: Blob | undefined): Promise<Uint8Array> {
  return new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0));
}

async function cleanInputs() {
  const video = new Uint8Array(
    await (await cleanVideo(new Blob([DIRTY_VIDEO]))).blob.arrayBuffer(),
  );
  const paper = (await cleanPdf(await paperPdf())).bytes;
  return { video, paper };
}

describe('every kind of memory through the moving pack', () => {
  it('imports as a new book with big items in sealed pieces, and exports again byte for byte', async () => {
    const { video, paper } = await cleanInputs();
    const kinds = await bookWithEveryKind(video, paper);
    const contents = await checkPack(await packOf(kinds), { workers });
    expect(contents.report.refusedPhotos).toEqual([]);
    const { bookId } = await importPack(contents, NEW, { workers });

    const stored = new Map((await readBookContent(bookId)).content.photos.map((p) => [p.id, p]));
    const voice = stored.get('it_voice');
    expect(voice).toMatchObject({ kind: 'voice', chunks: 2, durationMs: 4000 });
    expect(stored.get('it_video')).toMatchObject({ kind: 'video', chunks: 1 });
    expect(stored.get('it_paper')).toMatchObject({ kind: 'paper', pageCount: 2 });
    expect(stored.get('it_drawing')?.chunks).toBeUndefined();
    for (const id of ['it_voice', 'it_video', 'it_paper']) {
      const item = stored.get(id);
      if (!item) throw new Error(id);
      // By hash: a failing toEqual on megabytes would spend minutes on its diff.
      expect(await sha256Hex(await bytesOf(await readMediaBlob(bookId, item))), id).toBe(
        await sha256Hex(kinds.bytes.get(id) ?? new Uint8Array()),
      );
      // No whole copy: a big item has pieces only.
      expect(await db().blobs.get(`${id}:original`)).toBeUndefined();
    }
    expect((await readBookContent(bookId)).content.book.details.meNow.voiceIds).toEqual({
      likes: 'it_voice',
    });

    const { zip, report } = await exportFromStore(bookId);
    expect(report.unreadablePhotos).toEqual([]);
    const again = await readPack(zip);
    for (const [id, b] of kinds.bytes) {
      expect(await sha256Hex(await bytesOf(again.photoBlobs.get(id))), id).toBe(await sha256Hex(b));
    }
    const files = again.photoFiles ?? new Map<string, string>();
    expect(files.get('it_voice')).toMatch(/^media\/\d{4}-min-stemme\.webm$/);
    expect(files.get('it_video')).toMatch(/\.mp4$/);
    expect(files.get('it_paper')).toMatch(/^media\/\d{4}-skoleudtalelse\.pdf$/);
    expect(files.get('it_drawing')).toMatch(/\.png$/);
  }, 60_000);

  it.runIf(exiftool)(
    'a video with a place: cleaned on import, and cleaned again on export',
    async () => {
      expect(placeTags(DIRTY_VIDEO, 'dirty.mp4').length).toBeGreaterThan(0);
      const { paper } = await cleanInputs();
      const kinds = await bookWithEveryKind(DIRTY_VIDEO, paper);
      const contents = await checkPack(await packOf(kinds), { workers });
      const { bookId } = await importPack(contents, NEW, { workers });
      const stored = (await readBookContent(bookId)).content.photos.find(
        (p) => p.id === 'it_video',
      );
      if (!stored) throw new Error('no video');
      expect(placeTags(await bytesOf(await readMediaBlob(bookId, stored)), 'imported.mp4')).toEqual(
        [],
      );

      // Planted in storage as it came from the phone: the export removes the place itself.
      const planted = await addMedia(
        bookId,
        { ...stored, id: 'it_planted', sha256: '', byteLength: 0 },
        new Blob([DIRTY_VIDEO]),
      );
      expect(planted.sha256).toBe(await sha256Hex(DIRTY_VIDEO));
      const { zip, report } = await exportFromStore(bookId);
      expect(report.changedPhotos).toContain('it_planted');
      const out = await readPack(zip);
      const exported = await bytesOf(out.photoBlobs.get('it_planted'));
      expect(exported.length).toBe(DIRTY_VIDEO.length);
      expect(placeTags(exported, 'exported.mp4')).toEqual([]);
    },
    60_000,
  );

  it('a voice note naming the browser that recorded it: cleaned on import and on export', async () => {
    const { video, paper } = await cleanInputs();
    const raw = voiceBytes(MEDIA_CHUNK_BYTES + 1234);
    const chrome = Buffer.from('Chrome');
    expect(Buffer.from(raw).includes(chrome)).toBe(true);
    const contents = await checkPack(await packOf(await bookWithEveryKind(video, paper, raw)), {
      workers,
    });
    expect(contents.report.refusedPhotos).toEqual([]);
    const { bookId } = await importPack(contents, NEW, { workers });
    const stored = (await readBookContent(bookId)).content.photos.find((p) => p.id === 'it_voice');
    if (!stored) throw new Error('no voice');
    const imported = await bytesOf(await readMediaBlob(bookId, stored));
    expect(imported.length).toBe(raw.length);
    expect(Buffer.from(imported).includes(chrome)).toBe(false);
    expect(stored.sha256).toBe(await sha256Hex(imported));

    // Stored before voice notes were cleaned: the export removes the name itself.
    await addMedia(
      bookId,
      { ...stored, id: 'it_old_voice', sha256: '', byteLength: 0 },
      new Blob([raw]),
    );
    const { zip } = await exportFromStore(bookId);
    const out = await readPack(zip);
    const exported = await bytesOf(out.photoBlobs.get('it_old_voice'));
    expect(exported.length).toBe(raw.length);
    expect(Buffer.from(exported).includes(chrome)).toBe(false);
  }, 60_000);

  it('refuses a JavaScript PDF and a video that cannot be cleaned, with reasons; stores neither', async () => {
    const jsPaper = await paperPdf({ edit: dangers.openActionJs });
    // Fragmented MP4 (moof): the cleaner cannot tell every place in it, so it refuses.
    const { video } = await cleanInputs();
    const fragmented = video.slice();
    const at = new TextDecoder('latin1').decode(fragmented).indexOf('moov');
    fragmented.set(new TextEncoder().encode('moof'), at);
    const kinds = await bookWithEveryKind(fragmented, jsPaper);
    const contents = await checkPack(await packOf(kinds), { workers });
    const reasons = new Map(contents.report.refusedPhotos.map((r) => [r.id, r]));
    expect(reasons.get('it_paper')).toMatchObject({ kind: 'paper', reason: 'javascript' });
    expect(reasons.get('it_video')).toMatchObject({ kind: 'video' });
    expect(reasons.get('it_video')?.reason).toMatch(/fragmented|corrupt/);
    const { bookId } = await importPack(contents, NEW, { workers });
    const ids = (await readBookContent(bookId)).content.photos.map((p) => p.id);
    expect(ids).toContain('it_voice');
    expect(ids).not.toContain('it_paper');
    expect(ids).not.toContain('it_video');
    const rows = await db().blobs.where('photoId').anyOf('it_paper', 'it_video').count();
    expect(rows).toBe(0);
  }, 60_000);

  it('refuses a pack whose video is not what its record says, before storing anything', async () => {
    const { paper } = await cleanInputs();
    // A PDF named as a video: the bytes decide.
    const kinds = await bookWithEveryKind(paper, paper);
    const before = await storeChecksum();
    const failure = await checkPack(await packOf(kinds), { workers }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failure).toMatchObject({ code: 'bad-photo-type' });
    expect(await storeChecksum()).toBe(before);
  }, 60_000);

  it('leaves nothing of a big item behind when the import fails after its pieces were written', async () => {
    const { video, paper } = await cleanInputs();
    const contents: PackContents = await checkPack(
      await packOf(await bookWithEveryKind(video, paper)),
      {
        workers,
      },
    );
    const controller = new AbortController();
    // Stopped once the first piece of a big item is written: the pieces must not stay.
    const onCreate = (_key: unknown, row: { role?: string }) => {
      if (row.role === 'chunk') controller.abort();
    };
    db().blobs.hook('creating', onCreate);
    const failure = await importPack(contents, NEW, { workers, signal: controller.signal })
      .then(
        () => undefined,
        (e: unknown) => e,
      )
      .finally(() => {
        db().blobs.hook('creating').unsubscribe(onCreate);
      });
    expect(controller.signal.aborted).toBe(true);
    expect(failure).toBeDefined();
    expect(await db().blobs.count()).toBe(0);
    expect(await db().photos.count()).toBe(0);
    expect(await interruptedImports()).toEqual([]);
  }, 60_000);
});
