const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * A new record id: 128 random bits as 22 base64url characters.
 * Random rather than time-based so an id reveals nothing about when or in which order a
 * child wrote something, and ids from two devices never collide when a pack is imported.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let out = '';
  // 16 bytes = 5 groups of 3 bytes + 1 leftover byte; no padding, so always 22 characters.
  for (let i = 0; i < 15; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += char(n >> 18) + char(n >> 12) + char(n >> 6) + char(n);
  }
  const last = bytes[15] ?? 0;
  return out + char(last >> 2) + char(last << 4);
}

function char(sixBits: number): string {
  return BASE64URL.charAt(sixBits & 63);
}

/** The current time as an ISO 8601 UTC string; `now` is injectable so callers can test. */
export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}
