/**
 * SHA-256 over bytes that arrive in pieces (a video streamed into the zip, a big file checked
 * slice by slice): WebCrypto hashes whole buffers only, and a 500 MB video must never be whole
 * in memory. hash-wasm is loaded when first needed.
 */
export interface StreamHash {
  update: (bytes: Uint8Array) => void;
  /** The hex digest; the hash cannot be updated after. */
  digest: () => string;
}

export async function createStreamHash(): Promise<StreamHash> {
  return (await streamHashes())();
}

/**
 * Hashes one after another from one WASM instance: each call starts a new hash (the one before
 * must be digested by then). A pack of thousands of photos makes one instance, not thousands
 * whose memories only garbage collection frees.
 */
export async function streamHashes(): Promise<() => StreamHash> {
  const { createSHA256 } = await import('hash-wasm');
  const hash = await createSHA256();
  return () => {
    hash.init();
    return {
      update: (bytes) => {
        hash.update(bytes);
      },
      digest: () => hash.digest('hex'),
    };
  };
}

/**
 * The same bytes, hashed as they pass: `digest` resolves once the stream has ended (and
 * rejects if it failed or was cancelled), so the manifest line can be written after the zip
 * took the last byte.
 */
export function hashingStream(
  source: ReadableStream<Uint8Array>,
  onBytes?: (passed: number) => void,
): {
  stream: ReadableStream<Uint8Array>;
  digest: Promise<string>;
  bytes: () => number;
} {
  let resolve!: (hex: string) => void;
  let reject!: (e: unknown) => void;
  const digest = new Promise<string>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Nobody may be waiting when the export is stopped: that rejection is expected.
  digest.catch(() => undefined);
  const hashReady = createStreamHash();
  let count = 0;
  const reader = source.getReader();
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const hash = await hashReady;
          const next = await reader.read();
          if (next.done) {
            controller.close();
            resolve(hash.digest());
            return;
          }
          hash.update(next.value);
          count += next.value.byteLength;
          onBytes?.(count);
          controller.enqueue(next.value);
        } catch (e) {
          reject(e);
          controller.error(e);
        }
      },
      async cancel(reason) {
        reject(reason ?? new DOMException('cancelled', 'AbortError'));
        await reader.cancel(reason).catch(() => undefined);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, digest, bytes: () => count };
}
