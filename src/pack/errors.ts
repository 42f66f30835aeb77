/**
 * Every way a pack can be refused, as a code the UI translates. Codes are part of the API:
 * add new ones, never rename.
 */
export type PackErrorCode =
  /** No end-of-central-directory record: not a zip at all (or cut short). */
  | 'not-a-zip'
  /** Zip structure inconsistent: local and central headers disagree, overlapping or bad CRC. */
  | 'corrupt-zip'
  /** A zip feature we do not read: multi-disk archives, compression other than store/deflate. */
  | 'unsupported-zip'
  | 'encrypted'
  | 'too-many-files'
  /** A file, the JSON or the whole pack passed a size limit (counted from real bytes). */
  | 'too-large'
  | 'bad-path'
  | 'duplicate-name'
  /** bagit.txt, bag-info.txt or a manifest is missing or unreadable, or there is no single root. */
  | 'not-a-bag'
  | 'missing-file'
  | 'unexpected-file'
  | 'checksum-mismatch'
  | 'oxum-mismatch'
  | 'bad-json'
  | 'too-deep'
  | 'schema-invalid'
  | 'newer-version'
  | 'bad-reference'
  | 'duplicate-id'
  | 'bad-photo-type'
  /** The pack would need more storage than the device has free (see space.ts). */
  | 'not-enough-space';

export class PackError extends Error {
  override readonly name = 'PackError';
  readonly code: PackErrorCode;
  /** Where it went wrong (a file name, a JSON path); for logs and support, not for the child. */
  readonly detail: string | undefined;

  constructor(code: PackErrorCode, detail?: string, options?: ErrorOptions) {
    super(detail === undefined ? code : `${code}: ${detail}`, options);
    this.code = code;
    this.detail = detail;
  }
}

export function isPackError(e: unknown): e is PackError {
  return e instanceof PackError;
}
