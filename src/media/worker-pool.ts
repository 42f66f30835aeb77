import type { FuzzyDate } from '@/domain';

import type { ProcessOutcome, ProcessReply, ProcessRequest, SealRequest } from './import-types';

/** Turns one file into a processed photo (or a reason why not), sealed if asked. */
export type PhotoProcessor = (
  file: Blob,
  takenAt?: FuzzyDate,
  seal?: SealRequest,
) => Promise<ProcessOutcome>;

export interface ProcessorPool {
  process: PhotoProcessor;
  /** How many files can be processed at once. */
  size: number;
  /** Ends every worker at once; work in progress is dropped. */
  dispose: () => void;
}

interface Lane {
  worker: Worker;
  busy?: { id: number; resolve: (o: ProcessOutcome) => void };
}

/**
 * Two or three workers: on two cores, two workers doubled the thumbnail rate (TOOLCHAIN), and
 * more than three would hold too many decoded 12-megapixel pictures in a tablet's memory.
 */
export function poolSize(
  cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency,
): number {
  return Math.min(3, Math.max(2, (cores || 2) - 1));
}

/**
 * A pool of import workers, each doing one photo at a time, so at most `size` decoded pictures
 * exist at once. A worker that dies (out of memory on a huge picture, say) fails its own photo
 * and is replaced; the other photos go on.
 */
export function workerPool(create: () => Worker, size = poolSize()): ProcessorPool {
  let nextId = 1;
  const queue: { req: ProcessRequest; resolve: (o: ProcessOutcome) => void }[] = [];
  const lanes: Lane[] = [];
  let disposed = false;

  const pump = () => {
    for (const lane of lanes) {
      if (lane.busy || disposed) continue;
      const job = queue.shift();
      if (!job) return;
      lane.busy = { id: job.req.id, resolve: job.resolve };
      lane.worker.postMessage(job.req);
    }
  };

  const start = (lane: Lane) => {
    lane.worker.onmessage = (e: MessageEvent<ProcessReply>) => {
      const busy = lane.busy;
      if (busy?.id !== e.data.id) return;
      lane.busy = undefined;
      busy.resolve(e.data);
      pump();
    };
    lane.worker.onerror = (e) => {
      e.preventDefault();
      const busy = lane.busy;
      lane.busy = undefined;
      lane.worker.terminate();
      if (disposed) return;
      lane.worker = create();
      start(lane);
      busy?.resolve({ kind: 'failed', reason: 'unknown' });
      pump();
    };
  };

  for (let i = 0; i < size; i += 1) {
    const lane: Lane = { worker: create() };
    start(lane);
    lanes.push(lane);
  }

  return {
    size,
    process: (file, takenAt, seal) =>
      new Promise<ProcessOutcome>((resolve) => {
        if (disposed) {
          resolve({ kind: 'failed', reason: 'unknown' });
          return;
        }
        const req: ProcessRequest = { id: nextId++, file };
        if (takenAt) req.takenAt = takenAt;
        if (seal) req.seal = seal;
        queue.push({ req, resolve });
        pump();
      }),
    dispose: () => {
      if (disposed) return;
      disposed = true;
      // Whoever waits for a photo gets an answer, so a cancelled import never hangs.
      const dropped: ProcessOutcome = { kind: 'failed', reason: 'unknown' };
      for (const lane of lanes) {
        lane.worker.terminate();
        lane.busy?.resolve(dropped);
        lane.busy = undefined;
      }
      for (const job of queue.splice(0)) job.resolve(dropped);
    },
  };
}
