/** The only way the rest of the app reaches storage. */
export * from './books-repo';
export { bookActivity, type BookActivity } from './book-activity';
export * from './connection';
export * from './errors';
export * from './locks';
export * from './pack-repo';
export * from './import-journal';
export * from './media-repo';
export * from './media-stream';
export * from './photos-repo';
export * from './photos-bin';
export { purgeBin } from './bin-repo';
export { clearBooksMarker, hasBooksMarker } from './presence';
export * from './records-repo';
export * from './unlock-warmup';
export {
  firstEntries,
  paintedFirstScreen,
  subscribeFirstEntries,
  type FirstEntries,
} from './first-entries';
export * from './session';
export * from './storage-status';
export type { BlobRow, BookRow, RecordTable, SealedRow, SealedValue } from './database';
export { SCHEMA_VERSION } from './database';
export { DB_NAME, SCHEMA_V1, createDb, type LivsbogDb } from './database';
export { setBooksMarker } from './presence';
export {
  binEntry,
  countBinnedEntries,
  deleteEntryForever,
  getEntry,
  listBinnedEntries,
  listEntries,
  restoreEntry,
  saveEntry,
} from './entries-repo';
export {
  binPerson,
  deleteSnapshot,
  listBinnedPeople,
  listPeople,
  listSnapshots,
  savePeople,
  saveSnapshot,
} from './people-repo';
