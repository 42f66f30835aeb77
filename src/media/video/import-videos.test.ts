import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { addMedia, db, deletePhotos, listPhotos, readMediaBlob, StorageError } from '@/db';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook } from '@/testing/factories';
import { onlyAdded } from '@/testing/import-summary';
import { expectNoneOf } from '@/testing/media-tools';

import { runVideoImport, type VideoImportDeps, type VideoImportProgress } from './import-videos';

withFreshDatabase();

/** An ffmpeg-made MP4 with the place, phone and serial written by exiftool (16 KB). */
const phone = () =>
  readFileSync(resolve(import.meta.dirname, '../../testing/fixtures/phone-with-place.mp4'));
const file = (bytes: Uint8Array | string, name: string) =>
  new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name);
const poster = () =>
  Promise.resolve({ thumb: new Blob(['poster'], { type: 'image/jpeg' }), width: 96, height: 64 });

function deps(overrides: Partial<VideoImportDeps> = {}): VideoImportDeps {
  return {
    poster,
    store: addMedia,
    remove: deletePhotos,
    existing: async (id) => (await listPhotos(id)).items,
    ...overrides,
  };
}

describe('runVideoImport', () => {
  it('stores a cleaned video in sealed pieces with its poster, length and day', async () => {
    const book = await makeBook();
    const progress: VideoImportProgress[] = [];
    const summary = await runVideoImport(
      book.id,
      [file(phone(), 'IMG_0001.MP4')],
      { onProgress: (p) => progress.push(p), details: { title: 'Sommer', entryIds: ['e1'] } },
      deps(),
    );
    const video = onlyAdded(summary);
    expect(video).toMatchObject({
      kind: 'video',
      mime: 'video/mp4',
      width: 96,
      height: 64,
      title: 'Sommer',
      entryIds: ['e1'],
      chunks: 1,
      takenAt: { year: 2024, month: 6, day: 1 },
    });
    expect(video.durationMs).toBeGreaterThan(900);
    expect(video.thumbless).toBeUndefined();
    const stored = new Uint8Array(await (await readMediaBlob(book.id, video)).arrayBuffer()); // prettier-ignore
    expect(stored.length).toBe(phone().length);
    expectNoneOf(stored, ['iPhone', 'Apple', 'SN998877', 'XMP', 'com.apple.quicktime']);
    expect(await db().blobs.get(`${video.id}:thumb`)).toBeDefined();
    expect(progress.at(-1)).toMatchObject({ done: 1, total: 1, doneBytes: phone().length });
  });

  it('keeps a video this browser cannot show, without a poster, with its length from the file', async () => {
    const book = await makeBook();
    const summary = await runVideoImport(
      book.id,
      [file(phone(), 'hevc.mov')],
      {},
      deps({ poster: () => Promise.resolve(undefined) }),
    );
    expect(summary.added[0]).toMatchObject({
      kind: 'video',
      thumbless: true,
      width: 96,
      height: 64,
    });
    expect(summary.added[0]?.durationMs).toBeGreaterThan(900);
  });

  it('names each bad file with its reason and stores the good ones', async () => {
    const book = await makeBook();
    const cut = phone().subarray(0, 9000);
    const summary = await runVideoImport(
      book.id,
      [file('not a film', 'notes.mp4'), file(cut, 'cut.mp4'), file(phone(), 'good.mp4'), file('', 'empty.mov')], // prettier-ignore
      {},
      deps(),
    );
    expect(summary.failed).toEqual([
      { name: 'notes.mp4', reason: 'not-a-video' },
      { name: 'cut.mp4', reason: 'truncated' },
      { name: 'empty.mov', reason: 'empty' },
    ]);
    expect((await listPhotos(book.id)).items.map((p) => p.id)).toEqual([summary.added[0]?.id]);
  });

  it('finds a video already in the book and keeps one copy', async () => {
    const book = await makeBook();
    const first = await runVideoImport(book.id, [file(phone(), 'a.mp4')], {}, deps());
    const again = await runVideoImport(book.id, [file(phone(), 'b.mp4')], {}, deps());
    expect(again.added).toEqual([]);
    expect(again.duplicates.map((p) => p.id)).toEqual([first.added[0]?.id]);
    expect((await listPhotos(book.id)).items).toHaveLength(1);
    expect(await db().blobs.count()).toBe(2); // one piece and one poster
  });

  it('stops on a full disk and names every file not stored, leaving nothing half-stored', async () => {
    const book = await makeBook();
    const store = vi.fn<VideoImportDeps['store']>(() =>
      Promise.reject(new StorageError('storage-full')),
    );
    const summary = await runVideoImport(
      book.id,
      [file(phone(), 'a.mp4'), file(phone(), 'b.mp4')],
      {},
      deps({ store }),
    );
    expect(summary.failed).toEqual([
      { name: 'a.mp4', reason: 'storage-full' },
      { name: 'b.mp4', reason: 'storage-full' },
    ]);
    expect(store).toHaveBeenCalledTimes(1);
    expect(await db().blobs.count()).toBe(0);
  });

  it('cancels at once: what was stored stays, the rest is not started', async () => {
    const book = await makeBook();
    const stop = new AbortController();
    const summary = await runVideoImport(
      book.id,
      [file(phone(), 'a.mp4'), file(phone(), 'b.mp4')],
      {
        signal: stop.signal,
        onProgress: (p) => {
          if (p.done === 1) stop.abort();
        },
      },
      deps(),
    );
    expect(summary).toMatchObject({ cancelled: true, failed: [] });
    expect(summary.added).toHaveLength(1);
    expect((await listPhotos(book.id)).items).toHaveLength(1);
  });
});
