/** Durability: ask the browser not to evict the books, and report how much room there is. */

let asked = false;

/** Older browsers and insecure contexts have no StorageManager at all. */
function browserStorage(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator as Partial<Navigator>).storage;
}

/** Asked once, at the first real write: browsers grant it more readily after engagement. */
export async function requestPersistence(): Promise<boolean> {
  const storage = browserStorage();
  if (asked || !storage || !('persist' in storage)) return false;
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
  const storage = browserStorage();
  if (!storage) return { persisted: undefined, usage: undefined, quota: undefined };
  const [persisted, estimate] = await Promise.all([
    'persisted' in storage
      ? storage.persisted().catch(() => undefined)
      : Promise.resolve(undefined),
    'estimate' in storage ? storage.estimate().catch(() => undefined) : Promise.resolve(undefined),
  ]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}
