import type { FuzzyDate, MediaKind, Photo } from '@/domain';

import type { ImportFailure } from './image-errors';
import type { SummaryOf } from './import-summary';

export type { ImportFailure } from './image-errors';

export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportOptions {
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
  /**
   * What the pictures are (default a photo): a child's drawing is a PNG through the same
   * pipeline, so it shows wherever photos show. A file of a type the kind does not allow
   * (MEDIA_TYPES) or over its limit (MEDIA_LIMITS) fails with a reason.
   */
  kind?: Extract<MediaKind, 'photo' | 'drawing' | 'paper'>;
  /**
   * What every new item starts with: a title (a drawing's prompt), links to entries and people,
   * and a date for pictures whose bytes carry none (a drawing: the day it was drawn). A paper's
   * date and giver are the ones the child gave (a school report from 2015 scanned today).
   */
  details?: Partial<
    Pick<Photo, 'title' | 'caption' | 'entryIds' | 'personIds' | 'takenAt' | 'givenBy'>
  >;
}

/** Each reason is `t('photos.failure.<reason>')`. */
export type ImportSummary = SummaryOf<ImportFailure>;

/** Sealed bytes as an import worker returns them (AES-GCM ciphertext kept as a Blob). */
export interface SealedPart {
  iv: Uint8Array;
  ct: Blob;
}

/** The key and slots to seal a photo with, inside the worker. */
export interface SealRequest {
  key: CryptoKey;
  originalAad: string;
  thumbAad: string;
  /** The slot of the print copy (the PDF's picture), sealed when the decode made one. */
  printAad: string;
}

/** What a worker made of one file: clean bytes, a thumbnail and what the book keeps about it. */
export interface ProcessedPhoto {
  /**
   * The clean picture, its thumbnail and its print copy (none for a picture no larger than
   * print size), in the clear or already sealed (see SealRequest).
   */
  content:
    | { kind: 'plain'; bytes: Uint8Array<ArrayBuffer>; thumb: Blob; print?: Blob }
    | { kind: 'sealed'; original: SealedPart; thumb: SealedPart; print?: SealedPart };
  byteLength: number;
  mime: string;
  width: number;
  height: number;
  /** SHA-256 (hex) of the clean bytes: never stored in clear, only inside the sealed Photo. */
  sha256: string;
  takenAt?: FuzzyDate;
}

export type ProcessOutcome =
  | { kind: 'ok'; photo: ProcessedPhoto }
  | { kind: 'failed'; reason: ImportFailure }
  /** A HEIC photo: the lazily loaded HEIC decoder must turn it into a JPEG first. */
  | { kind: 'heic'; takenAt?: FuzzyDate };

export interface ProcessRequest {
  id: number;
  file: Blob;
  /** The capture date read before a conversion (HEIC to JPEG) dropped the EXIF. */
  takenAt?: FuzzyDate;
  seal?: SealRequest;
}

export type ProcessReply = { id: number } & ProcessOutcome;

export interface HeicRequest {
  id: number;
  file: Blob;
}

export type HeicReply = { id: number; ok: true; jpeg: Blob } | { id: number; ok: false };
