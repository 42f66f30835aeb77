/** livsbog.json: the records of a selection plus the pack's own facts, and back again. */
import { APP_NAME, PACK_FORMAT } from '../limits';
import { CURRENT_SCHEMA_VERSION } from './schema';
import type { Photo } from '@/domain';
import type { BookData, PackJson, ExportSelection } from '../types';

export interface PackJsonMeta {
  exportedAt: Date;
  appVersion: string;
  /** Photo id → file inside `data/`; every photo of the selection must have one. */
  mediaNames: ReadonlyMap<string, string>;
}

export function buildPackJson(selection: ExportSelection, meta: PackJsonMeta): PackJson {
  const { data, leftOut } = selection;
  return {
    format: PACK_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: meta.exportedAt.toISOString(),
    app: { name: APP_NAME, version: meta.appVersion },
    book: data.book,
    entries: data.entries,
    people: data.people,
    photos: data.photos.map((p) => {
      const file = meta.mediaNames.get(p.id);
      if (file === undefined) throw new Error(`No file name for photo ${p.id}`);
      // How this device stores the bytes is not part of the record another device reads.
      const record: Photo & { file: string } = { ...p, file };
      delete record.chunks;
      delete record.thumbless;
      return record;
    }),
    snapshots: data.snapshots,
    leftOut,
  };
}

/** Pretty-printed: someone may read this file by hand in twenty years. */
export function serializePackJson(json: PackJson): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}

/**
 * A pack of an older version as this version reads it. Every older field is unchanged in 3, and
 * an item without a `kind` is a photo (`mediaKindOf`), as in the app's own store: nothing is
 * added, so a merge sees the same record it exported and the item is brought in as a photo.
 */
export function migratePackJson(json: PackJson): PackJson {
  return { ...json, schemaVersion: CURRENT_SCHEMA_VERSION };
}

/** The records as the app stores them: `file` belongs to the pack, not to the photo. */
export function bookDataFromJson(json: PackJson): BookData {
  return {
    book: json.book,
    entries: json.entries,
    people: json.people,
    photos: json.photos.map((p) => {
      const photo: Photo & { file?: string } = { ...p };
      delete photo.file;
      return photo;
    }),
    snapshots: json.snapshots,
  };
}
