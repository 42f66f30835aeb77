/**
 * A pack's video through the import's own cleaning: cleaned in place (the place zeroed) and
 * hashed again, piece by piece into one buffer, never read whole. The video is the phone
 * fixture with a 3 MiB box after it, which the cleaner zeroes without reading it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { cleanVideo } from '@/media';
import type { PackContents } from '@/pack';
import { makeMediaItem } from '@/testing/factories';
import { sampleBook } from '@/testing/pack-fixtures';
import { withTopLevelBox } from '@/testing/video-boxes';

import { preparePackPhotos } from './prepare-pack-photos';

const MiB = 1024 * 1024;
const PHONE = new Uint8Array(
  readFileSync(resolve(import.meta.dirname, '../testing/fixtures/phone-with-place.mp4')),
);

/** The phone video with a 3 MiB `free` box after it (a camera's own padding, say). */
const withBigBox = (video: Uint8Array) => withTopLevelBox(video, 3 * MiB, 'free');

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function packWithVideo(video: Uint8Array<ArrayBuffer>): Promise<PackContents> {
  const { data } = await sampleBook();
  const item = makeMediaItem(data.book.id, {
    id: 'it_video',
    kind: 'video',
    mime: 'video/mp4',
    byteLength: video.length,
    sha256: sha256(video),
  });
  return {
    data: { ...data, photos: [item] },
    photoBlobs: new Map([[item.id, new Blob([video], { type: 'video/mp4' })]]),
    photoFiles: new Map([[item.id, 'media/0001-video.mp4']]),
    report: {
      schemaVersion: 1,
      exportedAt: '2026-06-01T08:00:00.000Z',
      app: { name: 'Livsbog', version: 'test' },
      leftOut: { onlyMe: 0, protectedPlaces: 0, hiddenPhotos: 0, onlyMePhotos: 0 },
      payloadFiles: 1,
      payloadBytes: video.length,
      hasPdf: false,
      bagInfo: {},
      ignoredFiles: [],
      refusedPhotos: [],
    },
  };
}

const noThumbnail = () => Promise.reject(new Error('a video is not drawn in the worker'));

describe('preparePackPhotos: a video', () => {
  it('is cleaned and hashed again piece by piece into one buffer, never read whole', async () => {
    const video = withBigBox(PHONE);
    const clean = new Uint8Array(await (await cleanVideo(new Blob([video]))).blob.arrayBuffer());
    expect(sha256(clean)).not.toBe(sha256(video));
    const contents = await packWithVideo(video);

    const whole = vi.spyOn(Blob.prototype, 'arrayBuffer');
    const readers = vi.spyOn(ReadableStream.prototype, 'getReader');
    const out = await preparePackPhotos(contents, noThumbnail);

    expect(out.report.refusedPhotos).toEqual([]);
    const record = out.data.photos[0];
    expect(record).toMatchObject({ sha256: sha256(clean), byteLength: clean.length });
    // The cleaner reads headers in windows of at most 1 MiB; the hash reads through a BYOB
    // reader into one buffer (a default reader takes a new buffer for every chunk).
    const sizes = whole.mock.contexts.map((blob) => (blob as Blob).size);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MiB);
    expect(readers.mock.calls.length).toBeGreaterThan(0);
    expect(readers.mock.calls.every(([options]) => options?.mode === 'byob')).toBe(true);
  });

  it('stops with the signal, not as a refused video', async () => {
    const contents = await packWithVideo(withBigBox(PHONE));
    const controller = new AbortController();
    const hashing = vi.spyOn(ReadableStream.prototype, 'getReader').mockImplementation(function (
      this: ReadableStream,
      ...args: Parameters<ReadableStream['getReader']>
    ) {
      controller.abort();
      hashing.mockRestore();
      return this.getReader(...args);
    } as ReadableStream['getReader']);
    await expect(
      preparePackPhotos(contents, noThumbnail, { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
