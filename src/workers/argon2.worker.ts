/// <reference lib="webworker" />
/**
 * Argon2id off the main thread. One derivation takes 0.15–0.3 s here and up to a second on a
 * phone, and the wasm computes it in one go: on the main thread the page would freeze while the
 * book unlocks. The app starts one worker per derivation and ends it afterwards, which also
 * drops the 46 MiB of wasm memory that held the intermediate state.
 */
import { argon2id } from 'hash-wasm';

export interface Argon2Request {
  password: Uint8Array;
  salt: Uint8Array;
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  hashLength: number;
}

export type Argon2Reply = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

interface WorkerScope {
  onmessage: ((e: MessageEvent<Argon2Request>) => void) | null;
  postMessage: (message: Argon2Reply, transfer?: Transferable[]) => void;
}

const scope = self as unknown as WorkerScope;

async function derive(req: Argon2Request): Promise<void> {
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

scope.onmessage = (e) => {
  void derive(e.data);
};
