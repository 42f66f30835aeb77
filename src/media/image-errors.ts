/**
 * Why a file could not become a photo. Each reason is an i18n key (`photos.failure.<reason>`), so
 * the import summary can say in the child's language what was wrong and what to do.
 */
export type ImportFailure =
  | 'not-an-image'
  | 'svg'
  | 'empty'
  | 'truncated'
  | 'corrupt'
  | 'too-large'
  | 'heic-unsupported'
  | 'cmyk'
  | 'unsupported-type'
  | 'storage-full'
  | 'locked'
  | 'unknown';

export const IMPORT_FAILURES: readonly ImportFailure[] = [
  'not-an-image',
  'svg',
  'empty',
  'truncated',
  'corrupt',
  'too-large',
  'heic-unsupported',
  'cmyk',
  'unsupported-type',
  'storage-full',
  'locked',
  'unknown',
];

/** An error carrying the reason an import summary shows (`<area>.failure.<reason>`). */
export class ReasonError<R extends string> extends Error {
  readonly reason: R;
  constructor(reason: R, message?: string) {
    super(message ?? reason);
    this.reason = reason;
  }
}

/** A file the byte-level reader refuses, with the reason the summary will show. */
export class ImageFormatError extends ReasonError<ImportFailure> {
  override readonly name = 'ImageFormatError';
}

export function isImportFailure(value: unknown): value is ImportFailure {
  return typeof value === 'string' && (IMPORT_FAILURES as readonly string[]).includes(value);
}
