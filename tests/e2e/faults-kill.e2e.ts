import assert from 'node:assert/strict';

import { afterEach, beforeAll, describe, it } from 'vitest';

import { CreateBookPage } from './pages/create-book-page';
import { ImportPage } from './pages/import-page';
import { LockScreen } from './pages/lock-screen';
import { PhotosPage } from './pages/photos-page';
import { ShelfPage } from './pages/shelf-page';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';
import {
  checkIntegrity,
  digestDifferences,
  digestStores,
  readJournals,
  withoutJournals,
  type StoreDigest,
} from './support/integrity';
import { killBrowser } from './support/kill-browser';
import { makePack, type MadePack } from './support/make-pack';

/**
 * Issue #8, fault 3: the browser is killed (SIGKILL of every Chromium process, as a flat
 * battery would stop it) while an import commits. After a restart on the same profile, the
 * pack is there whole or not at all, the store passes an integrity check, the book that was
 * already there is untouched, and the app says so when nothing came in.
 */

const PACK_INTERRUPTED = 'Bringing in a moving pack was interrupted. Nothing of it was saved.';

/** Where the browser dies. */
type Moment =
  /** The commit has issued every write, the last one included, and has not committed. */
  | 'inside-commit'
  /** The commit's transaction has just completed. */
  | 'after-commit'
  /** The moment the page shows "Saving in the book …", wherever the commit has got to. */
  | 'saving-shown';

const PAUSE_PATH = '/__livsbog-test/pause';

/**
 * A test-only init script (nothing of it is in the app) that holds the page still at one moment
 * of the import's commit: a synchronous request that the test intercepts and never answers.
 * While the page waits for it no script runs and no IndexedDB event is delivered, so the
 * transaction can neither commit nor be given more work: the test kills the browser right
 * there. The commit is found by its scope: the only read-write transaction over `books` and
 * `blobs` together; its last write removes the import's note. "Saving" is caught the moment
 * it is rendered, which a test polling the page from outside would miss: the commit of 30
 * photos takes less than a frame or two.
 */
function pauseScript(moment: Moment): string {
  return `(() => {
    const moment = ${JSON.stringify(moment)};
    const pause = () => {
      const request = new XMLHttpRequest();
      request.open('GET', ${JSON.stringify(PAUSE_PATH)} + '?' + moment, false);
      try { request.send(); } catch { /* the browser is gone by then */ }
    };
    const isCommit = (tx) =>
      tx.mode === 'readwrite' &&
      tx.objectStoreNames.contains('books') &&
      tx.objectStoreNames.contains('blobs');
    if (moment === 'inside-commit') {
      const remove = IDBObjectStore.prototype.delete;
      IDBObjectStore.prototype.delete = function (key) {
        const request = remove.call(this, key);
        if (this.name === 'meta' && typeof key === 'string' && key.startsWith('import:') &&
            isCommit(this.transaction)) pause();
        return request;
      };
    } else if (moment === 'saving-shown') {
      const observer = new MutationObserver(() => {
        const label = document.querySelector('.pack-progress .progress-label');
        if (label && /^Saving in the book/.test(label.textContent || '')) {
          observer.disconnect();
          pause();
        }
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    } else {
      const open = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (...args) {
        const tx = open.apply(this, args);
        if (isCommit(tx)) tx.addEventListener('complete', pause);
        return tx;
      };
    }
  })();`;
}

let pack: MadePack;
let app: LaunchedApp | undefined;

beforeAll(async () => {
  pack = await makePack({ photos: 30, nickname: 'Moving Mo' });
});

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The browser's options: tall for the gallery; no service worker, which would answer the pause. */
const OPTIONS = {
  contextOptions: {
    viewport: { width: 1280, height: 2400 },
    serviceWorkers: 'block' as const,
  },
};

interface KillOutcome {
  outcome: 'all' | 'nothing';
  sentence: string;
  before: StoreDigest;
  keptBookId: string;
  newBookId?: string;
  ms: { toKill: number; relaunch: number };
}

/**
 * Makes a book (the data that must survive), brings the pack in as a new book, kills the
 * browser at `moment`, starts it again on the same profile and reads what is there.
 */
async function killDuringImport(moment: Moment): Promise<KillOutcome> {
  const started = Date.now();
  app = await launchApp(OPTIONS);
  const first = app;
  await first.context.addInitScript(pauseScript(moment));
  const paused = new Promise<string>((resolve) => {
    void first.context.route(`**${PAUSE_PATH}*`, (route) => {
      // Never answered: the page stays where it is until the browser is killed.
      resolve(route.request().url());
    });
  });
  const shelf = new ShelfPage(first.page, first.baseURL);
  await shelf.open({ lang: 'en' });
  await shelf.startNewBook();
  const kept = await new CreateBookPage(first.page, first.baseURL).create({ nickname: 'Kept' });
  await shelf.open({ lang: 'en' });
  const importer = new ImportPage(first.page, first.baseURL);
  await importer.openFromShelf();
  const before = await digestStores(first.page);
  await importer.chooseFile(pack.zip, pack.name);
  await importer.waitChecked();
  const sentence = await importer.importAsNewBook();
  const url = await withTimeout(paused, 90_000, `the import reaching ${moment}`);
  assert.ok(url.endsWith(`?${moment}`));
  const toKill = Date.now() - started;
  const killed = await killBrowser(first.userDataDir);
  assert.ok(killed >= 2, `the browser and its children (${String(killed)}) were killed`);
  // Playwright notices the dead browser; only the profile is wanted from here on.
  await first.close({ keepProfile: true }).catch(() => undefined);

  const relaunched = Date.now();
  app = await launchApp({ ...OPTIONS, userDataDir: first.userDataDir });
  await new ShelfPage(app.page, app.baseURL).open({ lang: 'en' });
  const relaunch = Date.now() - relaunched;

  const report = await checkIntegrity(app.page);
  assert.deepEqual(report.problems, [], 'the store is whole');
  const others = Object.keys(report.books).filter((id) => id !== kept.bookId);
  assert.ok(report.books[kept.bookId], 'the book that was there is still there');
  assert.ok(others.length <= 1, 'at most one new book');
  const [newBookId] = others;
  return {
    outcome: newBookId === undefined ? 'nothing' : 'all',
    sentence,
    before,
    keptBookId: kept.bookId,
    ...(newBookId === undefined ? {} : { newBookId }),
    ms: { toKill, relaunch },
  };
}

/** Nothing came in: the store is as before but for the note, and the app says so. */
async function assertNothing(result: KillOutcome): Promise<void> {
  assert.ok(app);
  const journals = await readJournals(app.page);
  assert.deepEqual(
    journals.map((j) => j.kind),
    ['bundle'],
    'the note of the import is left',
  );
  const after = await digestStores(app.page);
  assert.deepEqual(digestDifferences(withoutJournals(result.before), withoutJournals(after)), []);
  const notice = app.page.locator('.app-banners .notice', { hasText: PACK_INTERRUPTED });
  await notice.waitFor();
  await notice.getByRole('button', { name: 'OK' }).click();
  await notice.waitFor({ state: 'detached' });
  assert.deepEqual(digestDifferences(result.before, await digestStores(app.page)), []);
}

/** All of it came in: every record and photo, the earlier rows untouched, and it opens. */
async function assertAll(result: KillOutcome): Promise<void> {
  assert.ok(app);
  assert.ok(result.newBookId);
  const report = await checkIntegrity(app.page);
  assert.deepEqual(report.books[result.newBookId], {
    ...pack.counts,
    blobs: 2 * pack.counts.photos,
  });
  // The commit ended the note with the data: no note, no message.
  assert.deepEqual(await readJournals(app.page), []);
  assert.equal(await app.page.getByText(PACK_INTERRUPTED).count(), 0);
  const after = await digestStores(app.page);
  const changed = digestDifferences(result.before, after);
  for (const key of changed) {
    const [store = '', ...rest] = key.split('/');
    assert.equal(result.before[store]?.[rest.join('/')], undefined, `${key} is new, not changed`);
  }
  // The new book opens with its sentence and shows every photo.
  const lock = new LockScreen(app.page, app.baseURL);
  const photos = new PhotosPage(app.page, app.baseURL);
  await lock.goto(`/book/${result.newBookId}/photos`, { lang: 'en' });
  await lock.unlockWithSentence(result.sentence);
  await photos.waitForPhotos();
  await photos.waitForGallery(pack.counts.photos);
}

describe('fault 3: the browser is killed while a moving pack is committed', () => {
  it('inside the commit, with every write issued: nothing came in, and the app says so', async () => {
    const result = await killDuringImport('inside-commit');
    assert.equal(result.outcome, 'nothing');
    await assertNothing(result);
    console.log(`fault 3, inside the commit: ${JSON.stringify(result.ms)} ms`);
  }, 120_000);

  it('right after the commit completed: all of it came in, whole', async () => {
    const result = await killDuringImport('after-commit');
    assert.equal(result.outcome, 'all');
    await assertAll(result);
    console.log(`fault 3, after the commit: ${JSON.stringify(result.ms)} ms`);
  }, 120_000);

  it('the moment the page says it is saving: all or nothing', async () => {
    const result = await killDuringImport('saving-shown');
    if (result.outcome === 'all') await assertAll(result);
    else await assertNothing(result);
    console.log(`fault 3, saving shown: ${result.outcome}, ${JSON.stringify(result.ms)} ms`);
  }, 120_000);
});
