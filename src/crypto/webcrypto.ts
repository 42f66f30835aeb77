/**
 * The one place that reaches for WebCrypto. Looked up on every call (not at import time) so a
 * test environment that installs `crypto` late still works, and so the failure in an insecure
 * context (plain http on a LAN address, where browsers hide `crypto.subtle`) is a clear message
 * instead of "cannot read properties of undefined".
 */
export function subtle(): SubtleCrypto {
  // Typed as optional because the DOM types promise what insecure contexts do not deliver.
  const c = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto;
  const s = c?.subtle;
  if (!s) {
    throw new Error('WebCrypto is unavailable: Livsbog must be opened over https or localhost');
  }
  return s;
}
