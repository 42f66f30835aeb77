import { renderHook, waitFor } from '@testing-library/react';

import {
  addMedia,
  answerMediaAsk,
  lockBook,
  mediaChunkId,
  registerMediaToken,
  releaseMediaToken,
  db,
} from '@/db';
import { MEDIA_IN_MEMORY_MAX, MEDIA_MESSAGE } from '@/domain';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook, makeMediaItem } from '@/testing/factories';

import { useMediaUrl } from './use-media-url';

withFreshDatabase();

const bytes = Uint8Array.from({ length: 5000 }, (_, i) => (i * 11) & 0xff);

describe('useMediaUrl without a service worker', () => {
  it('opens a small item into memory as an object URL, revoked when the player goes', async () => {
    const book = await makeBook();
    const item = await addMedia(book.id, makeMediaItem(book.id), new Blob([bytes]));
    const made: Blob[] = [];
    const revoked: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      made.push(b as Blob);
      return `blob:test/${made.length}`;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((u) => revoked.push(u));

    const { result, unmount } = renderHook(() => useMediaUrl(book.id, item));
    await waitFor(() => {
      expect(result.current.url).toBe('blob:test/1');
    });
    expect(made[0]?.type).toBe('audio/webm');
    expect(new Uint8Array(await made[0]!.arrayBuffer())).toEqual(bytes);
    unmount();
    expect(revoked).toEqual(['blob:test/1']);
  });

  it('asks for a reload for an item too big to open into memory', async () => {
    const book = await makeBook();
    const item = { ...makeMediaItem(book.id), byteLength: MEDIA_IN_MEMORY_MAX + 1, chunks: 9 };
    const { result } = renderHook(() => useMediaUrl(book.id, item));
    await waitFor(() => {
      expect(result.current).toEqual({ error: 'needs-reload' });
    });
  });

  it('says an item whose pieces do not open is damaged', async () => {
    const book = await makeBook();
    const item = await addMedia(book.id, makeMediaItem(book.id), new Blob([bytes]));
    const row = await db().blobs.get(mediaChunkId(item.id, 0));
    if (!row) throw new Error('stored');
    await db().blobs.put({ ...row, iv: new Uint8Array(12) });
    const { result } = renderHook(() => useMediaUrl(book.id, item));
    await waitFor(() => {
      expect(result.current).toEqual({ error: 'damaged' });
    });
  });
});

describe('answers to the service worker', () => {
  it('gives the size, type and ranges of a token, and nothing once released or locked', async () => {
    const book = await makeBook();
    const item = await addMedia(book.id, makeMediaItem(book.id), new Blob([bytes]));
    const token = registerMediaToken(book.id, item);
    const ask = { type: MEDIA_MESSAGE, token } as const;

    expect(await answerMediaAsk({ ...ask, ask: 'info' })).toEqual({
      ok: true,
      size: 5000,
      mime: 'audio/webm',
    });
    const range = await answerMediaAsk({ ...ask, ask: 'range', start: 10, end: 20 });
    expect(range.ok && 'bytes' in range && new Uint8Array(range.bytes)).toEqual(
      bytes.slice(10, 20),
    );
    expect(range.ok && 'bytes' in range && range.bytes.byteLength).toBe(10);

    releaseMediaToken(token);
    expect(await answerMediaAsk({ ...ask, ask: 'info' })).toEqual({ ok: false, error: 'unknown' });

    const again = registerMediaToken(book.id, item);
    lockBook(book.id);
    expect(await answerMediaAsk({ type: MEDIA_MESSAGE, token: again, ask: 'info' })).toEqual({
      ok: false,
      error: 'unknown',
    });
  });

  it('says damaged for a piece that does not open', async () => {
    const book = await makeBook();
    const item = await addMedia(book.id, makeMediaItem(book.id), new Blob([bytes]));
    await db().blobs.delete(mediaChunkId(item.id, 0));
    const token = registerMediaToken(book.id, item);
    expect(
      await answerMediaAsk({ type: MEDIA_MESSAGE, token, ask: 'range', start: 0, end: 10 }),
    ).toEqual({ ok: false, error: 'damaged' });
  });
});
