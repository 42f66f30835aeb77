/**
 * The shapes the pack layer works on. `BookData` is one book as the app holds it (records in
 * the domain's own types); the export wizard gathers it, the import commit stores it.
 */
import type {
  BookCover,
  BookDetails,
  Entry,
  Locale,
  NetworkSnapshot,
  Person,
  Photo,
} from '@/domain';

export interface BookRecord {
  id: string;
  cover: BookCover;
  details: BookDetails;
}

export interface BookData {
  book: BookRecord;
  entries: Entry[];
  people: Person[];
  photos: Photo[];
  snapshots: NetworkSnapshot[];
}

/** What the review screen left out; written to livsbog.json and bag-info.txt. */
export interface LeftOut {
  /** Entries marked "only me". */
  onlyMe: number;
  /** Protected homes whose place (address) text was removed; the entry itself stays. */
  protectedPlaces: number;
  /** Photos marked hidden. */
  hiddenPhotos: number;
  /** Photos that belonged only to left-out "only me" entries (see select.ts). */
  onlyMePhotos: number;
}

export interface ExportChoices {
  includeOnlyMe: boolean;
  includeProtectedPlaces: boolean;
  includeHiddenPhotos: boolean;
}

export interface ExportSelection {
  data: BookData;
  leftOut: LeftOut;
}

/** Fields of a stored record that describe this device's storage only: never in a pack. */
export type StorageOnlyField = 'chunks' | 'thumbless';

/**
 * An item record (any kind) as livsbog.json holds it: the record without its storage-only
 * fields, plus its file inside `data/`.
 */
export interface PackPhoto extends Omit<Photo, StorageOnlyField> {
  file: string;
}

/** The whole of livsbog.json. */
export interface PackJson {
  format: 'livsbog-bundle';
  /**
   * The version it was written as: 1; 2 since "Me now" by picture; 3 since every kind of
   * memory (schema.ts).
   */
  schemaVersion: 1 | 2 | 3;
  exportedAt: string;
  app: { name: string; version: string };
  book: BookRecord;
  entries: Entry[];
  people: Person[];
  photos: PackPhoto[];
  snapshots: NetworkSnapshot[];
  leftOut: LeftOut;
}

/**
 * Optional translations of words the app stores as keys (a relation preset such as `mother`).
 * The export wizard passes its i18next lookups; without them the stored text is shown as is.
 */
export interface DocumentLabels {
  relation?: (key: string, locale: Locale) => string | undefined;
  subKind?: (key: string, locale: Locale) => string | undefined;
}
