/**
 * A video's poster frame and length, drawn on the main thread by the browser's own player: a
 * `<video>` element on an object URL of the cleaned bytes (never the original, so nothing the
 * cleaner removed reaches the decoder), seeked a little in, drawn to a canvas as a JPEG of the
 * photo thumbnails' size. Workers have no `<video>`, hence the main thread.
 *
 * A video this browser cannot decode (HEVC from an iPhone in a browser without HEVC, say) gives
 * no poster: the import keeps it anyway, cleaned, with `thumbless` (the app shows an icon) and
 * the length from the container, because another device, or the moving pack, may play it.
 */
import { THUMB_QUALITY, THUMB_SIDE } from '../limits';

export interface VideoPoster {
  thumb: Blob;
  width: number;
  height: number;
  /** Missing when the browser does not know it (a WebM written live has no duration). */
  durationMs?: number;
}

/** Long enough for a slow, loaded machine to open a big file; a hang ends in "no poster". */
const WAIT_MS = 30_000;
/** Where the poster is taken: a little in (the first frame is often black), at most 1 s. */
const POSTER_AT_S = 1;

function once(video: HTMLVideoElement, ok: string, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (fn: () => void) => {
      clearTimeout(timer);
      video.removeEventListener(ok, onOk);
      video.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onError);
      fn();
    };
    const onOk = () => {
      done(resolve);
    };
    const onError = () => {
      done(() => {
        reject(new Error(`video: no ${ok}`));
      });
    };
    const timer = setTimeout(onError, WAIT_MS);
    video.addEventListener(ok, onOk);
    video.addEventListener('error', onError);
    signal?.addEventListener('abort', onError);
  });
}

function drawPoster(video: HTMLVideoElement): Promise<Blob> {
  const w = video.videoWidth;
  const h = video.videoHeight;
  const scale = Math.min(1, THUMB_SIDE / Math.max(w, h));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(w * scale));
  canvas.height = Math.max(1, Math.round(h * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('video: no canvas'));
  ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (b) => {
        if (b) resolve(b);
        else reject(new Error('video: no poster'));
      },
      'image/jpeg',
      THUMB_QUALITY,
    );
  });
}

/**
 * The poster frame, size as shown and length of a cleaned video, or undefined when this browser
 * cannot decode it.
 */
export async function videoPoster(
  clean: Blob,
  signal?: AbortSignal,
): Promise<VideoPoster | undefined> {
  const url = URL.createObjectURL(clean);
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.preload = 'auto';
  try {
    const loaded = once(video, 'loadeddata', signal);
    video.src = url;
    await loaded;
    if (video.videoWidth === 0 || video.videoHeight === 0) return undefined;
    const duration = Number.isFinite(video.duration) ? video.duration : 0;
    const at = Math.min(POSTER_AT_S, duration / 10);
    if (at > 0) {
      const seeked = once(video, 'seeked', signal);
      video.currentTime = at;
      await seeked;
    }
    const thumb = await drawPoster(video);
    return {
      thumb,
      width: video.videoWidth,
      height: video.videoHeight,
      ...(duration > 0 ? { durationMs: Math.round(duration * 1000) } : {}),
    };
  } catch {
    if (signal?.aborted === true) throw signal.reason;
    return undefined;
  } finally {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  }
}
