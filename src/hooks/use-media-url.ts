import { useEffect, useState } from 'react';

import {
  answerMediaAsk,
  isDamaged,
  readMediaBlob,
  registerMediaToken,
  releaseMediaToken,
  releaseObjectUrl,
  trackObjectUrl,
} from '@/db';
import {
  MEDIA_DAMAGED_STATUS,
  MEDIA_IN_MEMORY_MAX,
  MEDIA_MESSAGE,
  MEDIA_ROUTE,
  type MediaAsk,
} from '@/domain';
import type { Photo } from '@/domain';

export interface MediaUrl {
  /** A URL a `<video>` or `<audio>` can play and seek, once it is ready. */
  url?: string;
  /**
   * `needs-reload`: too big to open into memory and no service worker controls this tab yet
   * (the first visit, or a hard reload); `damaged`: the stored pieces no longer open.
   */
  error?: 'needs-reload' | 'damaged';
}

type MediaItem = Pick<Photo, 'id' | 'byteLength' | 'chunks' | 'mime'>;

function isMediaAsk(v: unknown): v is MediaAsk {
  return (
    typeof v === 'object' &&
    v !== null &&
    (v as { type?: unknown }).type === MEDIA_MESSAGE &&
    typeof (v as { token?: unknown }).token === 'string'
  );
}

let listening = false;

/** Answers the service worker's questions about this page's tokens (installed once). */
function listenToServiceWorker(container: ServiceWorkerContainer): void {
  if (listening) return;
  listening = true;
  container.addEventListener('message', (event: MessageEvent<unknown>) => {
    const port = event.ports[0];
    if (!port || !isMediaAsk(event.data)) return;
    void answerMediaAsk(event.data).then((answer) => {
      port.postMessage(answer, 'bytes' in answer ? [answer.bytes] : []);
    });
  });
  // Messages wait in a queue until this: addEventListener alone does not start them.
  container.startMessages();
}

/**
 * Whether the service worker answers for the token: an older worker, from before this route,
 * would let the request through to the network. Asking one byte also opens the first piece,
 * so a damaged item says so here rather than as a silent player.
 */
async function probe(url: string): Promise<'ok' | 'damaged' | 'absent'> {
  try {
    const res = await fetch(url, { headers: { Range: 'bytes=0-0' }, cache: 'no-store' });
    if (res.status === 206 && res.headers.get('Content-Range')?.startsWith('bytes 0-0/')) {
      await res.arrayBuffer();
      return 'ok';
    }
    if (res.status === 416) return 'ok';
    return res.status === MEDIA_DAMAGED_STATUS ? 'damaged' : 'absent';
  } catch {
    return 'absent';
  }
}

interface Made {
  key: string;
  url?: string;
  error?: MediaUrl['error'];
}

async function streamUrl(bookId: string, item: MediaItem): Promise<Made | 'absent'> {
  const container = navigator.serviceWorker;
  listenToServiceWorker(container);
  const token = registerMediaToken(bookId, item);
  const url = `${MEDIA_ROUTE}${token}`;
  const answer = await probe(url);
  if (answer === 'ok') return { key: token, url };
  releaseMediaToken(token);
  return answer === 'damaged' ? { key: '', error: 'damaged' } : 'absent';
}

async function memoryUrl(bookId: string, item: MediaItem): Promise<Made> {
  if (item.byteLength > MEDIA_IN_MEMORY_MAX) return { key: '', error: 'needs-reload' };
  const blob = await readMediaBlob(bookId, item);
  return { key: '', url: trackObjectUrl(bookId, blob) };
}

async function makeUrl(bookId: string, item: MediaItem): Promise<Made> {
  try {
    // jsdom and some private modes have no service workers at all.
    if (
      typeof navigator !== 'undefined' &&
      'serviceWorker' in navigator &&
      navigator.serviceWorker.controller
    ) {
      const made = await streamUrl(bookId, item);
      if (made !== 'absent') return made;
    }
    return await memoryUrl(bookId, item);
  } catch (e) {
    return { key: '', error: isDamaged(e) ? 'damaged' : 'needs-reload' };
  }
}

function release(bookId: string, made: Made): void {
  if (made.key) releaseMediaToken(made.key);
  else if (made.url) releaseObjectUrl(bookId, made.url);
}

/**
 * A URL that plays a voice note or a video and lets it seek. With a service worker in control,
 * the worker answers the player's range requests by asking this page for the bytes, which are
 * opened piece by piece and never stored clear; without one (the first visit, dev, tests), an
 * item up to 32 MB opens into memory (an object URL the lock revokes) and a bigger one asks for
 * a reload. The URL is freed when the component goes or the item changes.
 */
export function useMediaUrl(bookId: string, item: MediaItem | undefined): MediaUrl {
  const [state, setState] = useState<{ for: string; made: Made }>();
  const id = item?.id ?? '';
  // The item's stored shape: a re-stored item (new size or pieces) gets a new URL.
  const key = item ? `${bookId}:${id}:${item.byteLength}:${item.chunks ?? ''}:${item.mime}` : '';
  useEffect(() => {
    if (!item) return;
    let cancelled = false;
    let made: Made | undefined;
    void makeUrl(bookId, item).then((m) => {
      if (cancelled) release(bookId, m);
      else {
        made = m;
        setState({ for: key, made: m });
      }
    });
    return () => {
      cancelled = true;
      if (made) release(bookId, made);
    };
    // `key` names everything of `item` that is read here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (state?.for !== key) return {};
  return {
    ...(state.made.url ? { url: state.made.url } : {}),
    ...(state.made.error ? { error: state.made.error } : {}),
  };
}
