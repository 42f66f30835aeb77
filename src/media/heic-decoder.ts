import type { HeicReply, HeicRequest } from './import-types';

export type HeicConverter = (file: Blob) => Promise<Blob | undefined>;

/**
 * The HEIC worker, started on the first HEIC photo of an import and ended with the import. A
 * photo it cannot decode (or a browser where it cannot load) resolves to undefined: the summary
 * then asks for the photo to be saved as JPEG.
 */
export function lazyHeicConverter(create: () => Worker): {
  convert: HeicConverter;
  dispose: () => void;
} {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, (jpeg: Blob | undefined) => void>();

  const failAll = () => {
    for (const resolve of pending.values()) resolve(undefined);
    pending.clear();
  };

  const ensure = (): Worker => {
    if (worker) return worker;
    const w = create();
    w.onmessage = (e: MessageEvent<HeicReply>) => {
      const resolve = pending.get(e.data.id);
      pending.delete(e.data.id);
      resolve?.(e.data.ok ? e.data.jpeg : undefined);
    };
    w.onerror = (e) => {
      e.preventDefault();
      failAll();
      w.terminate();
      worker = undefined;
    };
    worker = w;
    return w;
  };

  return {
    convert: (file) =>
      new Promise((resolve) => {
        try {
          const id = nextId++;
          pending.set(id, resolve);
          const req: HeicRequest = { id, file };
          ensure().postMessage(req);
        } catch {
          resolve(undefined);
        }
      }),
    dispose: () => {
      worker?.terminate();
      worker = undefined;
      failAll();
    },
  };
}
