import { createDb, SCHEMA_VERSION, type LivsbogDb } from './database';
import { forgetRememberedDevices } from './device-keys';
import { noteDatabaseClosed, StorageError } from './errors';
import { clearBooksMarker, refreshBooksMarker } from './presence';

export type DbState =
  | 'opening'
  | 'ready'
  /** The data was written by a newer build: read, never write. */
  | 'newer-data'
  /** A newer build opened the database in another tab: this tab must reload. */
  | 'replaced'
  | 'failed';

let state: DbState = 'opening';
let opening: Promise<DbState> | undefined;
const listeners = new Set<() => void>();

function setState(next: DbState): void {
  state = next;
  for (const l of listeners) l();
}

export function getDbState(): DbState {
  return state;
}

export function subscribeDbState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function db(): LivsbogDb {
  db_ ??= create();
  return db_;
}
let db_: LivsbogDb | undefined;

function create(): LivsbogDb {
  const instance = createDb();
  instance.on('versionchange', () => {
    // Another tab runs a newer schema: close so its upgrade is not blocked. The app then reloads
    // this tab, or asks to when that would lose unsaved work (app/db-state-banner.tsx).
    instance.close();
    noteDatabaseClosed('replaced');
    setState('replaced');
    return false;
  });
  return instance;
}

/** Opens the database and checks that this build may write to it. */
export function openDatabase(): Promise<DbState> {
  opening ??= (async () => {
    try {
      const d = db();
      await d.open();
      const row = await d.meta.get('schema');
      const stored = typeof row?.value === 'number' ? row.value : undefined;
      if (stored !== undefined && stored > SCHEMA_VERSION) {
        setState('newer-data');
      } else {
        if (stored !== SCHEMA_VERSION) await d.meta.put({ key: 'schema', value: SCHEMA_VERSION });
        // A remembered device key opened a book with no secret. Nothing reads these rows any
        // more; a failure to delete them is retried on the next start, not a reason to stop.
        await forgetRememberedDevices(d).catch(() => undefined);
        setState('ready');
      }
      // Books here: keep the "this device has books" marker fresh, so that if the browser clears
      // the storage later, the shelf can tell and point to the latest moving pack.
      await refreshBooksMarker(d).catch(() => undefined);
    } catch {
      setState('failed');
    }
    return state;
  })();
  return opening;
}

/** Every write goes through this first: an older build never writes newer data. */
export async function writableDb(): Promise<LivsbogDb> {
  await openDatabase();
  // The state may have changed since opening: another tab's newer build closes this connection.
  const s = getDbState();
  if (s === 'newer-data') throw new StorageError('newer-data');
  if (s === 'replaced') throw new StorageError('replaced');
  if (s !== 'ready') throw new StorageError('write-failed', `database ${s}`);
  return db();
}

/** Tests only: forget the connection so the next call opens a fresh one. */
export async function resetConnectionForTests(): Promise<void> {
  if (db_) {
    db_.close();
    await db_.delete();
  }
  db_ = undefined;
  opening = undefined;
  state = 'opening';
  noteDatabaseClosed(undefined);
  clearBooksMarker();
}
