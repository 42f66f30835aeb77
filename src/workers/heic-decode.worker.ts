/// <reference lib="webworker" />
/**
 * Turns HEIC photos into JPEGs. A worker of its own, started only when a HEIC file arrives, so
 * the 3 MB decoder is never loaded for the JPEGs and PNGs most imports hold.
 *
 * libheif-js is LGPL-3.0, so it is not bundled: the build ships its file unmodified at
 * `vendor/libheif/libheif.js` (scripts/vite-licences.ts) and this worker, a classic worker in
 * the build, loads it with importScripts. Anyone may replace that file with their own libheif.
 */
import { heicToJpegWith } from '@/media/heic-to-jpeg';
import type { HeicReply, HeicRequest } from '@/media';

interface WorkerScope {
  onmessage: ((e: MessageEvent<HeicRequest>) => void) | null;
  postMessage: (message: HeicReply) => void;
  importScripts: (url: string) => void;
  /** The factory libheif.js defines as a global when run as a classic script. */
  libheif?: unknown;
}

const scope = self as unknown as WorkerScope;

const libheifUrl = `${import.meta.env.BASE_URL}vendor/libheif/libheif.js`;

async function loadLibheif(): Promise<unknown> {
  if (import.meta.env.DEV) {
    // Vite's dev server runs workers as ES modules, where importScripts throws; the package's
    // own entry (the same file, wrapped for CommonJS) stands in. The build drops this branch.
    const mod = await import('libheif-js');
    return mod.default;
  }
  scope.importScripts(libheifUrl);
  const factory = scope.libheif;
  if (typeof factory !== 'function') throw new Error('libheif.js did not define libheif');
  return (factory as () => unknown)();
}

let converter: Promise<(file: Blob) => Promise<Blob>> | undefined;

scope.onmessage = (e) => {
  const { id, file } = e.data;
  converter ??= loadLibheif().then(heicToJpegWith);
  converter
    .then((convert) => convert(file))
    .then(
      (jpeg) => {
        scope.postMessage({ id, ok: true, jpeg });
      },
      () => {
        scope.postMessage({ id, ok: false });
      },
    );
};
