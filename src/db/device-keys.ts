import type { LivsbogDb } from './database';

/**
 * "Remember on this device" is gone. It kept a non-extractable CryptoKey in IndexedDB, but the
 * browser writes such a key to the profile folder in a form it reads back itself: a copy of that
 * folder opened the book in another profile with no secret at all. Rows an older build left
 * behind are deleted on every start. The table stays declared, so the schema need not change.
 *
 * Returns how many rows were deleted.
 */
export async function forgetRememberedDevices(d: LivsbogDb): Promise<number> {
  return d.transaction('rw', d.devices, async () => {
    const count = await d.devices.count();
    if (count > 0) await d.devices.clear();
    return count;
  });
}
