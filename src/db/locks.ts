/**
 * Writes that must not interleave across tabs (import, export, migration, delete) take a Web
 * Lock. Where the browser has none (old Safari, jsdom), the work runs directly: a single tab
 * cannot interleave with itself because these operations are awaited one at a time by the UI.
 */
export async function withWriteLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return work();
  return locks.request(`livsbog:${name}`, { mode: 'exclusive' }, work);
}
