import assert from 'node:assert/strict';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';

import { toBase64 } from '../../src/crypto/bytes';
import { wrapRawKey } from '../../src/crypto/data-key';
import {
  DEFAULT_ARGON2_COST,
  DEFAULT_PBKDF2_ITERATIONS,
  deriveKek,
  newKdfParams,
} from '../../src/crypto/kdf';
import { createKeyring, type Keyring } from '../../src/crypto/keyring';
import { generateRecoveryCode } from '../../src/crypto/recovery-code';
import { sealJson } from '../../src/crypto/seal';
import { newId } from '../../src/domain/ids';
import { da } from '../../src/i18n/locales/da';
import { en } from '../../src/i18n/locales/en';

import { BookPage } from './pages/book-page';
import { CreateBookPage } from './pages/create-book-page';
import { LockScreen } from './pages/lock-screen';
import { SentencePicker } from './pages/sentence-picker';
import { SettingsPage } from './pages/settings-page';
import { ShelfPage } from './pages/shelf-page';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';
import { APP_DB } from './support/idb';

type Texts = typeof da;

/** Sentences an adult would try first, each with the reason the app must give. */
function weakSentences(text: Texts, bookName: string): [string, string][] {
  return [
    ['a a a a', text.secret.repeated],
    ['hest raket pizza måne', text.secret.tooFewWords],
    ['hej hej hej hej hej', text.secret.repeated],
    ['1234567890', text.secret.trivial],
    [`${bookName} ${bookName} ${bookName} ${bookName} ${bookName}`, text.secret.bookName],
    ['jeg kan lide is og', text.secret.tooWeak],
  ];
}

/** The stored keyring of a book, read past the app. */
function readKeyring(page: Page, bookId: string): Promise<Keyring> {
  return withTimeout(
    page.evaluate(
      async ({ name, id }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onsuccess = () => {
            resolve(open.result);
          };
          open.onerror = () => {
            reject(open.error ?? new Error('open failed'));
          };
        });
        try {
          const row = await new Promise<{ keyring: unknown } | undefined>((resolve, reject) => {
            const request = db.transaction('books').objectStore('books').get(id);
            request.onsuccess = () => {
              resolve(request.result as { keyring: unknown } | undefined);
            };
            request.onerror = () => {
              reject(request.error ?? new Error('read failed'));
            };
          });
          return JSON.stringify(row?.keyring ?? null);
        } finally {
          db.close();
        }
      },
      { name: APP_DB, id: bookId },
    ),
    15_000,
    'reading the stored keyring',
  ).then((json) => JSON.parse(json) as Keyring);
}

interface PlantedBook {
  id: string;
  nickname: string;
  sentence: string;
  recoveryCode: string;
  keyring: Keyring;
}

/**
 * A book exactly as the build before Argon2id stored it: the sentence slot wrapped with
 * PBKDF2-SHA256 at 600,000 iterations, the recovery slot with PBKDF2 100,000, the details sealed
 * with the data key and bound to their slot. Made in Node with the app's own crypto.
 */
async function legacyBook(
  nickname: string,
  sentence: string,
): Promise<PlantedBook & { row: unknown }> {
  const id = newId();
  const recoveryCode = generateRecoveryCode();
  const { keyring: current, key, raw } = await createKeyring(sentence, recoveryCode);
  const kdf = newKdfParams(DEFAULT_PBKDF2_ITERATIONS);
  const keyring: Keyring = {
    ...current,
    sentence: { kdf, wrapped: await wrapRawKey(raw, await deriveKek(sentence, kdf)) },
  };
  raw.fill(0);
  const now = new Date().toISOString();
  const details = await sealJson(
    key,
    {
      meNow: { likes: 'tegning', goodAt: '', proudOf: '', dreams: '' },
      autoLockMinutes: 10,
      lastChangeAt: now,
    },
    `livsbog:details:${id}:${id}`,
  );
  const row = {
    id,
    cover: { nickname, emoji: '🦊', colour: 'sky', locale: 'en', ageMode: 'middle' },
    keyring,
    details: { iv: toBase64(details.iv), ct: toBase64(new Uint8Array(details.ct)) },
    createdAt: now,
  };
  return { id, nickname, sentence, recoveryCode, keyring, row };
}

/** Writes a book row into the app's database, as the earlier build would have. */
function plantBook(page: Page, row: unknown): Promise<void> {
  return withTimeout(
    page.evaluate(
      async ({ name, row }) => {
        const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const r = row as { details: { iv: string; ct: string } };
        const stored = {
          ...r,
          details: { iv: bytes(r.details.iv), ct: bytes(r.details.ct).buffer },
        };
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onsuccess = () => {
            resolve(open.result);
          };
          open.onerror = () => {
            reject(open.error ?? new Error('open failed'));
          };
        });
        try {
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction('books', 'readwrite');
            tx.objectStore('books').put(stored);
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
      },
      { name: APP_DB, row },
    ),
    15_000,
    'planting the legacy book',
  );
}

describe('the secret sentence: strength floor and Argon2id', () => {
  let app: LaunchedApp;
  let wizard: CreateBookPage;
  let picker: SentencePicker;
  let book: BookPage;
  let settings: SettingsPage;
  let shelf: ShelfPage;
  let lock: LockScreen;
  let made: { bookId: string; sentence: string } | undefined;

  beforeAll(async () => {
    app = await launchApp();
    wizard = new CreateBookPage(app.page, app.baseURL);
    picker = new SentencePicker(app.page, app.baseURL);
    book = new BookPage(app.page, app.baseURL);
    settings = new SettingsPage(app.page, app.baseURL);
    shelf = new ShelfPage(app.page, app.baseURL);
    lock = new LockScreen(app.page, app.baseURL);
  });

  afterAll(async () => {
    await app.close();
  });

  function cspErrors(): string[] {
    return app.consoleErrors().filter((m) => /Content Security Policy|Refused to/i.test(m));
  }

  it('the wizard refuses weak sentences with the reason in Danish and English, then makes the book with Argon2id under the CSP', async () => {
    // Danish is the default language.
    const response = await app.page.goto(wizard.url('/new'), { waitUntil: 'domcontentloaded' });
    const csp = response?.headers()['content-security-policy'] ?? '';
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/, 'wasm allowed, nothing else');
    assert.doesNotMatch(csp, /'unsafe-eval'/);
    await wizard.fillCover({ nickname: 'Alma' });
    await wizard.nextToStep(2);
    for (const [sentence, reason] of weakSentences(da, 'Alma')) {
      await picker.expectRefused(sentence, reason, wizard.nextButton());
      assert.equal(
        await picker.meter().getAttribute('aria-label'),
        da.sentence.strength.replace('{{level}}', da.secret.tooWeakLevel),
      );
    }

    await wizard.goto('/new', { lang: 'en' });
    await wizard.fillCover({ nickname: 'Alma' });
    await wizard.nextToStep(2);
    for (const [sentence, reason] of weakSentences(en, 'Alma')) {
      await picker.expectRefused(sentence, reason, wizard.nextButton());
    }

    // The proposal (five words) passes; creating the book runs Argon2id as wasm, in a worker of
    // its own so the page keeps answering.
    await wizard.goto('/new', { lang: 'en' });
    const workers: string[] = [];
    app.page.on('worker', (worker) => {
      workers.push(worker.url());
    });
    const created = await wizard.create({ nickname: 'Alma' });
    assert.ok(
      workers.some((url) => url.includes('argon2.worker')),
      `an Argon2id worker ran: ${workers.join(', ')}`,
    );
    assert.equal(created.sentence.split(' ').length, 5, 'five proposed words');
    const keyring = await readKeyring(app.page, created.bookId);
    assert.deepEqual(
      { ...keyring.sentence.kdf, salt: '' },
      {
        algorithm: 'Argon2id',
        memoryKiB: DEFAULT_ARGON2_COST.memoryKiB,
        iterations: DEFAULT_ARGON2_COST.iterations,
        parallelism: 1,
        salt: '',
      },
    );
    assert.equal(keyring.recovery.kdf.algorithm, 'PBKDF2-SHA256');
    made = { bookId: created.bookId, sentence: created.sentence };

    // And the sentence opens it again through the lock screen.
    await book.lock();
    await lock.unlockWithSentence(created.sentence);
    assert.deepEqual(cspErrors(), []);
    assert.deepEqual(app.pageErrors(), []);
  });

  it('Settings refuses weak sentences with the reason in English and Danish, and keeps the old one', async () => {
    assert.ok(made, 'the book from the previous test');
    const before = await readKeyring(app.page, made.bookId);
    await book.goToSettings();
    await settings.waitForSettings();

    for (const [text, lang] of [
      [en, 'en'],
      [da, 'da'],
    ] as const) {
      if (lang === 'da') {
        // `?lang=` wins over the book's language; loading the page locks the book again.
        await settings.goto(`/book/${made.bookId}/settings?lang=da`);
        await lock.waitForLocked();
        await lock.unlockWithSentence(made.sentence);
        await settings.waitForSettings();
      }
      const section = settings.section(text.settings.changeSentence);
      await section.getByRole('button', { name: text.settings.newSentence, exact: true }).click();
      const save = section.getByRole('button', { name: text.app.save, exact: true });
      for (const [sentence, reason] of weakSentences(text, 'Alma')) {
        await picker.expectRefused(sentence, reason, save, section);
      }
      await section.getByRole('button', { name: text.app.cancel, exact: true }).click();
    }
    assert.deepEqual(await readKeyring(app.page, made.bookId), before, 'nothing stored');
  });

  it('a book wrapped with PBKDF2 by the earlier build opens, and that unlock re-wraps it with Argon2id', async () => {
    await shelf.open({ lang: 'en' });
    await shelf.waitForBooks();
    const legacy = await legacyBook('Gammel bog', 'ugle pizza tog måne raket');
    await plantBook(app.page, legacy.row);
    assert.equal((await readKeyring(app.page, legacy.id)).sentence.kdf.algorithm, 'PBKDF2-SHA256');

    await shelf.open({ lang: 'en' });
    await shelf.waitForBooks();
    await shelf.openBook('Gammel bog');
    await lock.unlockWithSentence('Ugle Pizza tog måne raket');
    await book.goToMeNow();
    assert.equal(await book.meNowField('likes').inputValue(), 'tegning', 'the sealed details open');

    const upgraded = await readKeyring(app.page, legacy.id);
    assert.equal(upgraded.sentence.kdf.algorithm, 'Argon2id');
    assert.notEqual(upgraded.sentence.kdf.salt, legacy.keyring.sentence.kdf.salt);
    assert.deepEqual(upgraded.recovery, legacy.keyring.recovery, 'the recovery slot untouched');

    // A fresh start opens it through Argon2id, with the sentence and with the recovery code.
    await shelf.open({ lang: 'en' });
    await shelf.openBook('Gammel bog');
    await lock.unlockWithSentence(legacy.sentence);
    assert.deepEqual(await readKeyring(app.page, legacy.id), upgraded, 'no second re-wrap');
    await shelf.open({ lang: 'en' });
    await shelf.openBook('Gammel bog');
    await lock.unlockWithRecoveryCode(legacy.recoveryCode);
    assert.deepEqual(cspErrors(), []);
  });
});
