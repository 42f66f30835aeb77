/**
 * A pack worker for one job: messages in, a promise out. Aborting terminates the worker at
 * once (after telling it, so a file being written is discarded rather than left half-done).
 */
export class PackFailure extends Error {
  constructor(
    readonly code: string,
    /** For 'not-enough-space': what the pack needs and what the device has free, in bytes. */
    readonly space?: { needed: number; free: number },
  ) {
    super(code);
    this.name = 'PackFailure';
  }
}

/** The figures a 'not-enough-space' failure carries, if the message has them. */
function spaceOf(msg: object): { needed: number; free: number } | undefined {
  if (!('space' in msg) || typeof msg.space !== 'object' || msg.space === null) return undefined;
  const { needed, free } = msg.space as { needed?: unknown; free?: unknown };
  return typeof needed === 'number' && typeof free === 'number' ? { needed, free } : undefined;
}

/** The two message unions of one worker. */
export interface WorkerProtocol {
  toWorker: unknown;
  fromWorker: { type: string };
}

export function workerJob<P extends WorkerProtocol, Out>(
  create: () => Worker,
  opts: {
    signal?: AbortSignal;
    onMessage: (msg: P['fromWorker'], post: (m: P['toWorker']) => void) => Out | undefined;
    cancelMessage: P['toWorker'];
  },
): { post: (m: P['toWorker']) => void; result: Promise<Out> } {
  // `result` settles with the first message `onMessage` maps to a value, or rejects.
  const worker = create();
  const post = (m: P['toWorker']) => {
    worker.postMessage(m);
  };
  const result = new Promise<Out>((resolve, reject) => {
    const stop = () => {
      post(opts.cancelMessage);
      // Give the worker a moment to close a file it was writing; then end it regardless.
      setTimeout(() => {
        worker.terminate();
      }, 500);
      reject(new PackFailure('cancelled'));
    };
    if (opts.signal?.aborted) {
      stop();
      return;
    }
    opts.signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (e: MessageEvent<P['fromWorker']>) => {
      const msg = e.data;
      if (msg.type === 'failed') {
        worker.terminate();
        const code = 'code' in msg && typeof msg.code === 'string' ? msg.code : '';
        reject(new PackFailure(code, spaceOf(msg)));
        return;
      }
      const out = opts.onMessage(msg, post);
      if (out !== undefined) {
        opts.signal?.removeEventListener('abort', stop);
        worker.terminate();
        resolve(out);
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      reject(new PackFailure('worker-crashed'));
    };
  });
  return { post, result };
}
