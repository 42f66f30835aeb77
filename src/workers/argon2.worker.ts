/// <reference lib="webworker" />
/**
 * Argon2id off the main thread. One derivation takes 0.15–0.3 s here and up to a second on a
 * phone, and the wasm computes it in one go: on the main thread the page would freeze while the
 * book unlocks. The app starts one worker per derivation and ends it afterwards, which also
 * drops the 46 MiB of wasm memory that held the intermediate state.
 */
import { argon2id } from 'hash-wasm';

export type Argon2Request =
  | {
      password: Uint8Array;
      salt: Uint8Array;
      memoryKiB: number;
      iterations: number;
      parallelism: number;
      hashLength: number;
    }
  /** Sent while the lock screen waits for the sentence: load and compile the wasm, answer nothing. */
  | { warmUp: true };

type Derivation = Exclude<Argon2Request, { warmUp: true }>;

export type Argon2Reply = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

interface WorkerScope {
  onmessage: ((e: MessageEvent<Argon2Request>) => void) | null;
  postMessage: (message: Argon2Reply, transfer?: Transferable[]) => void;
}

const scope = self as unknown as WorkerScope;

async function derive(req: Derivation): Promise<void> {
  try {
    const bytes = await argon2id({
      password: req.password,
      salt: req.salt,
      parallelism: req.parallelism,
      iterations: req.iterations,
      memorySize: req.memoryKiB,
      hashLength: req.hashLength,
      outputType: 'binary',
    });
    scope.postMessage({ ok: true, bytes }, [bytes.buffer]);
  } catch (e) {
    scope.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) });
  } finally {
    req.password.fill(0);
  }
}

/** The smallest derivation hash-wasm accepts: it compiles the module, so the real one need not. */
async function warmUp(): Promise<void> {
  try {
    await argon2id({
      password: 'warm-up',
      salt: new Uint8Array(16),
      parallelism: 1,
      iterations: 1,
      memorySize: 8,
      hashLength: 16,
      outputType: 'binary',
    });
  } catch {
    // The real derivation will report whatever is wrong.
  }
}

let warming: Promise<void> = Promise.resolve();

scope.onmessage = (e) => {
  const req = e.data;
  if ('warmUp' in req) {
    warming = warmUp();
    return;
  }
  // A sentence typed before the warm-up finished waits for it: one wasm instance at a time.
  void warming.then(() => derive(req));
};
