import type { SamplePhotoRequest, SamplePhotoResult } from '@/workers/sample-photos.worker';

export type SamplePhoto = SamplePhotoResult;

export type SamplePhotoMaker = (index: number) => Promise<SamplePhoto>;

/** Paints sample photos in a worker, one at a time; `dispose` ends the worker. */
export function workerPhotoMaker(size = { width: 1200, height: 900, thumbWidth: 320 }): {
  make: SamplePhotoMaker;
  dispose: () => void;
} {
  const worker = new Worker(new URL('../../../workers/sample-photos.worker.ts', import.meta.url), {
    type: 'module',
  });
  const pending = new Map<
    number,
    { resolve: (p: SamplePhoto) => void; reject: (e: Error) => void }
  >();
  worker.onmessage = (e: MessageEvent<SamplePhotoResult | { index: number; error: string }>) => {
    const waiter = pending.get(e.data.index);
    pending.delete(e.data.index);
    if ('error' in e.data) waiter?.reject(new Error(e.data.error));
    else waiter?.resolve(e.data);
  };
  worker.onerror = (e) => {
    for (const w of pending.values()) w.reject(new Error(e.message));
    pending.clear();
  };
  return {
    make: (index) =>
      new Promise<SamplePhoto>((resolve, reject) => {
        pending.set(index, { resolve, reject });
        const req: SamplePhotoRequest = { index, ...size };
        worker.postMessage(req);
      }),
    dispose: () => {
      worker.terminate();
    },
  };
}
