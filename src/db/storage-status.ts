/** Durability: ask the browser not to evict the books, and report how much room there is. */

let asked = false;

/** Asked once, at the first real write: browsers grant it more readily after engagement. */
export async function requestPersistence(): Promise<boolean> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (asked || !storage?.persist) return false;
  asked = true;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}

export interface StorageStatus {
  persisted: boolean | undefined;
  usage: number | undefined;
  quota: number | undefined;
}

export async function storageStatus(): Promise<StorageStatus> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage) return { persisted: undefined, usage: undefined, quota: undefined };
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted().catch(() => undefined) : Promise.resolve(undefined),
    storage.estimate ? storage.estimate().catch(() => undefined) : Promise.resolve(undefined),
  ]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}
