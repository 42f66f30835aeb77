import type { PaperFailure } from './paper-failure';

/** A PDF to clean, sent to the paper worker. */
export interface PaperCleanRequest {
  id: number;
  file: Blob;
}

/** The clean PDF and what the book keeps about it, or why it was refused. */
export type PaperCleanOutcome =
  | {
      ok: true;
      bytes: Uint8Array<ArrayBuffer>;
      /** SHA-256 (hex) of the clean bytes: duplicates are found before anything is stored. */
      sha256: string;
      pageCount: number;
      width: number;
      height: number;
    }
  | { ok: false; reason: PaperFailure };

export type PaperCleanReply = { id: number } & PaperCleanOutcome;
