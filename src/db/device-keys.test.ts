import { subtle } from '@/crypto';
import { wrapRawKey } from '@/crypto';
import { randomBytes } from '@/crypto';
import {
  dumpStoreRows,
  simulateReload,
  withFreshDatabase,
  type StoreDump,
} from '@/testing/db-helpers';
import { KNOWN_SENTENCE, makeBook } from '@/testing/factories';

import { listBooks, unlockBySentence } from './books-repo';
import { db, openDatabase } from './connection';
import { forgetRememberedDevices } from './device-keys';
import { isUnlocked } from './session';

withFreshDatabase();

/** A row as the removed "remember on this device" option wrote it. */
async function oldDeviceRow(bookId: string) {
  const deviceKey = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  return { bookId, deviceKey, wrapped: await wrapRawKey(randomBytes(32), deviceKey) };
}

function withoutDevices(dump: StoreDump): StoreDump {
  return Object.fromEntries(Object.entries(dump).filter(([table]) => table !== 'devices'));
}

describe('device keys left by an older build', () => {
  it('are deleted when the app starts, and nothing else is touched', async () => {
    const remembered = await makeBook({ cover: { nickname: 'Husket' } });
    const other = await makeBook({ cover: { nickname: 'Anden' } });
    await db().devices.put(await oldDeviceRow(remembered.id));
    const before = withoutDevices(await dumpStoreRows());
    expect(await db().devices.count()).toBe(1);

    await simulateReload();
    expect(await openDatabase()).toBe('ready');

    expect(await db().devices.count()).toBe(0);
    expect(withoutDevices(await dumpStoreRows())).toEqual(before);
    expect((await listBooks()).map((b) => b.cover.nickname).sort()).toEqual(['Anden', 'Husket']);
    // The book opens only with its secret, as every other book does.
    expect(isUnlocked(remembered.id)).toBe(false);
    await unlockBySentence(remembered.id, KNOWN_SENTENCE);
    expect(isUnlocked(remembered.id)).toBe(true);
    expect(isUnlocked(other.id)).toBe(false);
  });

  it('says how many rows it deleted, and deletes nothing on a clean start', async () => {
    const book = await makeBook();
    await openDatabase();
    expect(await forgetRememberedDevices(db())).toBe(0);
    await db().devices.put(await oldDeviceRow(book.id));
    expect(await forgetRememberedDevices(db())).toBe(1);
    expect(await db().devices.count()).toBe(0);
  });
});
