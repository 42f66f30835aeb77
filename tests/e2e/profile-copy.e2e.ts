import assert from 'node:assert/strict';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterEach, it } from 'vitest';

import { BookPage } from './pages/book-page';
import { CreateBookPage } from './pages/create-book-page';
import { LockScreen } from './pages/lock-screen';
import { SettingsPage } from './pages/settings-page';
import { ShelfPage } from './pages/shelf-page';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';

/*
 * Issue 12, item 2: copying a profile's `Default/IndexedDB/` into a fresh profile opened a book
 * "remembered on this device" with no secret. The option is gone; this shows that a copy of the
 * disk holds nothing that opens a book, and that a device key an older build left is deleted.
 */

let first: LaunchedApp | undefined;
let second: LaunchedApp | undefined;
const dirs: string[] = [];

afterEach(async () => {
  await first?.close().catch(() => undefined);
  await second?.close().catch(() => undefined);
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true, maxRetries: 3 });
});

/** Rows in the app's `devices` store, where the removed option kept its key. */
function deviceRows(app: LaunchedApp): Promise<number> {
  return withTimeout(
    app.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('livsbog');
        open.onsuccess = () => {
          resolve(open.result);
        };
        open.onerror = () => {
          reject(open.error ?? new Error('open failed'));
        };
      });
      try {
        const request = db.transaction('devices').objectStore('devices').count();
        return await new Promise<number>((resolve, reject) => {
          request.onsuccess = () => {
            resolve(request.result);
          };
          request.onerror = () => {
            reject(request.error ?? new Error('count failed'));
          };
        });
      } finally {
        db.close();
      }
    }),
    15_000,
    'counting device keys',
  );
}

/** Writes a row as the removed option did: a non-extractable key, stored as a CryptoKey. */
function plantOldDeviceKey(app: LaunchedApp, bookId: string): Promise<void> {
  return withTimeout(
    app.page.evaluate(async (id) => {
      const deviceKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
        'encrypt',
        'decrypt',
      ]);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('livsbog');
        open.onsuccess = () => {
          resolve(open.result);
        };
        open.onerror = () => {
          reject(open.error ?? new Error('open failed'));
        };
      });
      try {
        const tx = db.transaction('devices', 'readwrite');
        tx.objectStore('devices').put({ bookId: id, deviceKey, wrapped: { iv: 'x', ct: 'y' } });
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => {
            resolve();
          };
          tx.onerror = () => {
            reject(tx.error ?? new Error('write failed'));
          };
        });
      } finally {
        db.close();
      }
    }, bookId),
    15_000,
    'planting an old device key',
  );
}

it('a copy of the profile shows the lock screen and opens only with the secret', async () => {
  first = await launchApp();
  const shelf = new ShelfPage(first.page, first.baseURL);
  await shelf.open({ lang: 'en' });
  await shelf.startNewBook();
  const created = await new CreateBookPage(first.page, first.baseURL).create({ nickname: 'Kopi' });
  const book = new BookPage(first.page, first.baseURL);
  await book.waitForMeNow();
  await book.fillMeNow({ likes: 'snegle og regnvejr' });
  await book.saveMeNow();

  // The option is gone from the settings, and nothing was stored for it.
  await book.goToSettings();
  const settings = new SettingsPage(first.page, first.baseURL);
  await settings.noRememberText().waitFor();
  assert.equal(await settings.rememberCheckbox().count(), 0);
  assert.equal(await deviceRows(first), 0);
  // As an older build would have left it, for the start-up clean-up to find in the copy.
  await plantOldDeviceKey(first, created.bookId);
  assert.equal(await deviceRows(first), 1);

  // Close the browser first, so the files are whole; then copy only the IndexedDB folder.
  await first.close({ keepProfile: true });
  dirs.push(first.userDataDir);
  const copy = await mkdtemp(path.join(os.tmpdir(), 'livsbog-guards-copy-'));
  dirs.push(copy);
  await cp(
    path.join(first.userDataDir, 'Default', 'IndexedDB'),
    path.join(copy, 'Default', 'IndexedDB'),
    { recursive: true },
  );

  second = await launchApp({ userDataDir: copy });
  const lock = new LockScreen(second.page, second.baseURL);
  await lock.goto(`/book/${created.bookId}`, { lang: 'en' });
  await lock.waitForLocked();
  assert.match(await lock.headingText(), /Kopi/);
  assert.equal(await second.page.locator('nav.book-nav').count(), 0, 'no book navigation');
  assert.equal(await second.page.getByText('snegle og regnvejr').count(), 0, 'no book text');
  assert.equal(await deviceRows(second), 0, 'the old device key was deleted at start');
  assert.equal(
    await lock.tryWrong('forkert forkert forkert forkert'),
    'That was not the right sentence. Try again.',
  );
  assert.equal(await second.page.getByText('snegle og regnvejr').count(), 0);

  // The copy is complete: the secret opens it, so the lock screen above was the lock at work.
  await lock.unlockWithSentence(created.sentence);
  const opened = new BookPage(second.page, second.baseURL);
  await opened.waitForMeNow();
  assert.equal(await opened.meNowField('likes').inputValue(), 'snegle og regnvejr');
});
