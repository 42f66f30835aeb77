/**
 * Messages between the app and the pack workers. The export worker never reaches storage:
 * it asks the app for each photo's sealed bytes and opens them with the book's key itself.
 */
import type { BookData, PackContents, PackReport, ExportChoices } from '@/pack';
import type { ExportPhase, SealedBytes } from '@/pack/export-job';
import type { Locale, Photo } from '@/domain';

export type ExportOutput =
  /** The bag as a zip, written to a file the user chose (File System Access) … */
  | { kind: 'pack'; handle: FileSystemFileHandle }
  /** … or handed back as a Blob to download. */
  | { kind: 'pack' }
  /** The PDF alone, in parts of at most `maxPartBytes` (Infinity: one file). */
  | { kind: 'pdf'; maxPartBytes: number };

export interface ExportStart {
  type: 'start';
  data: BookData;
  choices: ExportChoices;
  key: CryptoKey;
  locale: Locale;
  appVersion: string;
  output: ExportOutput;
}

export type ToExportWorker =
  | ExportStart
  | { type: 'photo'; requestId: number; sealed?: SealedBytes; failed?: true }
  | { type: 'cancel' };

export interface PdfFile {
  name: string;
  blob: Blob;
  firstPage: number;
  lastPage: number;
  oversize: boolean;
}

export type ExportResult =
  | { kind: 'saved'; report: PackReport }
  | { kind: 'blob'; blob: Blob; report: PackReport }
  | {
      kind: 'pdf';
      files: PdfFile[];
      /** Which parts go together in one Digital Post message (part indices, 1-based). */
      messages: { parts: number[]; bytes: number; oversize: boolean }[];
    };

export type FromExportWorker =
  | { type: 'need-photo'; requestId: number; photoId: string; role: 'original' | 'thumb' | 'print' }
  /** Piece n of an item stored in pieces; answered with a `photo` message like a photo. */
  | { type: 'need-chunk'; requestId: number; itemId: string; n: number }
  | { type: 'progress'; phase: ExportPhase; done: number; total: number }
  | { type: 'done'; result: ExportResult }
  | { type: 'failed'; code: string };

export type ToImportWorker =
  /** `freeBytes`: the device's free storage, when the browser says (caps the pack's size). */
  | { type: 'read'; file: Blob; freeBytes?: number }
  | {
      type: 'seal';
      key: CryptoKey;
      photos: { photo: Photo; bytes: Blob; thumb?: Blob; originalAad: string; thumbAad: string }[];
    }
  | { type: 'cancel' };

export interface SealedImportPhoto {
  photoId: string;
  original: { iv: Uint8Array; ct: Blob };
  thumb: { iv: Uint8Array; ct: Blob };
}

export type FromImportWorker =
  | { type: 'progress'; phase: 'check' | 'seal'; done: number; total: number }
  | { type: 'read'; contents: PackContents }
  | { type: 'sealed'; photos: SealedImportPhoto[] }
  /** `space`: for 'not-enough-space', what the pack needs and what is free (bytes). */
  | { type: 'failed'; code: string; space?: { needed: number; free: number } };
