/**
 * The service worker's route for sealed media (`/__media/<token>`), loaded into the generated
 * Workbox worker with `importScripts` (built as a classic script: `scripts/vite-media-sw.ts`).
 * The worker holds no key and keeps nothing: for each request it asks the page that showed the
 * player (the request's client, else any window of the app) for the item's size and for the
 * clear bytes piece by piece, and streams them out as a 206 answer. A worker restarted between
 * requests loses nothing, since every token lives in its page.
 */
import {
  MEDIA_DAMAGED_STATUS,
  MEDIA_MESSAGE,
  MEDIA_ROUTE,
  nextStep,
  parseRange,
  rangeHeaders,
  type MediaAnswer,
  type MediaAsk,
} from '@/domain';

/** The parts of the service worker's scope this file uses (the app's lib is DOM, not WebWorker). */
interface SwClient {
  id: string;
  postMessage: (message: unknown, transfer: Transferable[]) => void;
}
interface SwFetchEvent extends Event {
  request: Request;
  clientId: string;
  respondWith: (response: Promise<Response>) => void;
}
interface SwScope {
  location: Location;
  clients: {
    get: (id: string) => Promise<SwClient | undefined>;
    matchAll: (opts: { type: 'window' }) => Promise<SwClient[]>;
  };
  addEventListener: (type: 'fetch', listener: (event: SwFetchEvent) => void) => void;
}

const scope = self as unknown as SwScope;

/** A page busy for this long with one piece (4 MiB) is taken as gone. */
const ASK_TIMEOUT_MS = 30_000;

type Ask = MediaAsk extends infer A
  ? A extends unknown
    ? Omit<A, 'type' | 'token'>
    : never
  : never;

function askClient(client: SwClient, token: string, ask: Ask): Promise<MediaAnswer> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => {
      channel.port1.close();
      resolve({ ok: false, error: 'failed' });
    }, ASK_TIMEOUT_MS);
    channel.port1.onmessage = (event: MessageEvent<MediaAnswer>) => {
      clearTimeout(timer);
      channel.port1.close();
      resolve(event.data);
    };
    client.postMessage({ type: MEDIA_MESSAGE, token, ...ask }, [channel.port2]);
  });
}

/** The page that knows the token: the request's own first, then every other window. */
async function findOwner(
  clientId: string,
  token: string,
): Promise<{ client: SwClient; size: number; mime: string } | undefined> {
  const own = clientId ? await scope.clients.get(clientId) : undefined;
  const others = (await scope.clients.matchAll({ type: 'window' })).filter((c) => c.id !== own?.id);
  for (const client of own ? [own, ...others] : others) {
    const answer = await askClient(client, token, { ask: 'info' });
    if (answer.ok && 'size' in answer) return { client, size: answer.size, mime: answer.mime };
  }
  return undefined;
}

function failure(answer: MediaAnswer): Error {
  return new Error(answer.ok ? 'unexpected answer' : answer.error);
}

async function firstBytes(
  client: SwClient,
  token: string,
  start: number,
  end: number,
): Promise<MediaAnswer> {
  return start < end
    ? askClient(client, token, { ask: 'range', ...nextStep(start, end) })
    : { ok: true, bytes: new ArrayBuffer(0) };
}

async function answer(event: SwFetchEvent, token: string): Promise<Response> {
  const owner = await findOwner(event.clientId, token);
  if (!owner) return new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const { client, size, mime } = owner;
  const range = parseRange(event.request.headers.get('Range'), size);
  if (range === 'unsatisfiable') {
    return new Response(null, {
      status: 416,
      headers: { 'Content-Range': `bytes */${size}`, 'Cache-Control': 'no-store' },
    });
  }
  const { start, end } = range ?? { start: 0, end: size };
  // The first piece before answering: a damaged item gets a status, not a broken stream.
  const first = await firstBytes(client, token, start, end);
  if (!first.ok || !('bytes' in first)) {
    const status = !first.ok && first.error === 'damaged' ? MEDIA_DAMAGED_STATUS : 404;
    return new Response(null, { status, headers: { 'Cache-Control': 'no-store' } });
  }
  let pos = start + first.bytes.byteLength;
  let pending: ArrayBuffer | undefined = first.bytes;
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (pending) {
          if (pending.byteLength > 0) controller.enqueue(new Uint8Array(pending));
          pending = undefined;
        } else {
          const next = await askClient(client, token, { ask: 'range', ...nextStep(pos, end) });
          if (!next.ok || !('bytes' in next) || next.bytes.byteLength === 0) {
            controller.error(failure(next));
            return;
          }
          pos += next.bytes.byteLength;
          controller.enqueue(new Uint8Array(next.bytes));
        }
        if (pos >= end) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  return new Response(body, {
    status: range ? 206 : 200,
    headers: rangeHeaders(range, size, mime),
  });
}

scope.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== scope.location.origin || !url.pathname.startsWith(MEDIA_ROUTE)) return;
  const token = url.pathname.slice(MEDIA_ROUTE.length);
  event.respondWith(
    answer(event, token).catch(
      () => new Response(null, { status: 500, headers: { 'Cache-Control': 'no-store' } }),
    ),
  );
});
