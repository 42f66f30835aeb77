/**
 * Byte helpers. Everything returns `Uint8Array<ArrayBuffer>` because TypeScript 6 only lets
 * ArrayBuffer-backed views through as WebCrypto's `BufferSource`.
 */

const encoder = new TextEncoder();
// Fatal: after authenticated decryption, invalid UTF-8 means a bug, never something to paper over.
const decoder = new TextDecoder('utf-8', { fatal: true });

function isArrayBuffer(value: unknown): value is ArrayBuffer {
  // A tag check rather than instanceof: under jsdom, buffers from TextEncoder and WebCrypto come
  // from another realm and fail `instanceof ArrayBuffer`.
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}

/**
 * A view WebCrypto accepts. Returns the same bytes without copying when they already sit in an
 * ArrayBuffer, so key material is not scattered across copies nobody zeroes.
 */
export function toBufferSource(b: Uint8Array | ArrayBuffer): Uint8Array<ArrayBuffer> {
  if (isArrayBuffer(b)) return new Uint8Array(b);
  if (isArrayBuffer(b.buffer)) return b as Uint8Array<ArrayBuffer>;
  return new Uint8Array(b); // SharedArrayBuffer-backed: WebCrypto refuses it, so copy.
}

export function utf8Encode(s: string): Uint8Array<ArrayBuffer> {
  const encoded = encoder.encode(s);
  // Under jsdom the encoder lives in another realm; re-home so callers' instanceof checks hold.
  return encoded instanceof Uint8Array ? encoded : new Uint8Array(encoded);
}

export function utf8Decode(b: Uint8Array | ArrayBuffer): string {
  return decoder.decode(b);
}

// btoa/atob work on "binary strings"; chunking keeps String.fromCharCode under argument limits.
const CHUNK = 0x8000;

export function toBase64(b: Uint8Array | ArrayBuffer): string {
  const bytes = isArrayBuffer(b) ? new Uint8Array(b) : b;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Strict standard base64 (with padding): stored key material must round-trip exactly. */
export function fromBase64(s: string): Uint8Array<ArrayBuffer> {
  if (!BASE64.test(s)) throw new TypeError('Invalid base64');
  const binary = atob(s);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function toHex(b: Uint8Array | ArrayBuffer): string {
  const bytes = isArrayBuffer(b) ? new Uint8Array(b) : b;
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

// getRandomValues refuses more than 65,536 bytes per call.
const RANDOM_CHUNK = 65_536;

export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Invalid byte count: ${n}`);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += RANDOM_CHUNK) {
    globalThis.crypto.getRandomValues(out.subarray(i, i + RANDOM_CHUNK));
  }
  return out;
}

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  return joinBytes(parts);
}

/**
 * `concatBytes` for a list built up part by part (a photo's kept segments, a zip's records):
 * a list can hold more parts than a spread call may pass as arguments.
 */
export function joinBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
