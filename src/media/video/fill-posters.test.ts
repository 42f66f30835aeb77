import type { Photo } from '@/domain';
import { makeMediaItem } from '@/testing/factories';

import { fillPosters, type FillPostersDeps } from './fill-posters';
import type { VideoPoster } from './video-poster';

const BOOK = 'book-1';
const POSTER: VideoPoster = { thumb: new Blob(['jpeg']), width: 320, height: 180, durationMs: 900 };

function video(overrides: Partial<Photo> = {}): Photo {
  return makeMediaItem(BOOK, { kind: 'video', mime: 'video/mp4', thumbless: true, ...overrides });
}

function deps(items: Photo[], over: Partial<FillPostersDeps> = {}) {
  const stored: string[] = [];
  const d: FillPostersDeps = {
    list: () => Promise.resolve(items),
    bytes: () => Promise.resolve(new Blob(['video'])),
    poster: () => Promise.resolve(POSTER),
    store: (_book, id) => {
      stored.push(id);
      return Promise.resolve(items.find((i) => i.id === id));
    },
    ...over,
  };
  return { d, stored };
}

describe('fillPosters', () => {
  it('stores a poster for thumbless videos only, hidden ones too, never binned ones', async () => {
    const plain = video();
    const hidden = video({ hidden: true });
    const voice = makeMediaItem(BOOK, { thumbless: true });
    const withThumb = video({ thumbless: false });
    const binned = video({ deletedAt: '2026-01-01T00:00:00.000Z' });
    const { d, stored } = deps([plain, voice, withThumb, hidden, binned]);
    const out = await fillPosters(BOOK, d);
    expect(stored).toEqual([plain.id, hidden.id]);
    expect(out).toEqual({ filled: [plain.id, hidden.id], left: [] });
  });

  it('leaves a video the browser cannot play as it was, with no error', async () => {
    const a = video();
    const { d, stored } = deps([a], { poster: () => Promise.resolve(undefined) });
    await expect(fillPosters(BOOK, d)).resolves.toEqual({ filled: [], left: [a.id] });
    expect(stored).toEqual([]);
  });

  it('a failure leaves that item as it was and goes on with the next', async () => {
    const a = video();
    const b = video();
    const { d, stored } = deps([a, b], {
      bytes: (_book, item) =>
        item.id === a.id ? Promise.reject(new Error('damaged')) : Promise.resolve(new Blob(['v'])),
    });
    await expect(fillPosters(BOOK, d)).resolves.toEqual({ filled: [b.id], left: [a.id] });
    expect(stored).toEqual([b.id]);
  });

  it('stops on the signal before the next video and stores nothing drawn after it', async () => {
    const a = video();
    const b = video();
    const ctl = new AbortController();
    const { d, stored } = deps([a, b], {
      poster: () => {
        ctl.abort();
        return Promise.resolve(POSTER);
      },
    });
    const out = await fillPosters(BOOK, d, ctl.signal);
    expect(stored).toEqual([]);
    expect(out.filled).toEqual([]);
    expect(out.left).toEqual([a.id]);
  });
});
