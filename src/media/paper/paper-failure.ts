import { IMPORT_FAILURES, ReasonError, type ImportFailure } from '../image-errors';

/**
 * Why a file could not become a paper. A scan fails for a photo's reasons (`ImportFailure`); a
 * PDF for its own. Every reason is an i18n key (`papers.failure.<reason>`).
 */
export type PaperFailure =
  | ImportFailure
  /** Neither a PDF nor a picture. */
  | 'not-a-paper'
  /** Locked with a password or restrictions: its contents cannot be checked. */
  | 'encrypted'
  /** Script that would run when the PDF opens or a button is pressed. */
  | 'javascript'
  /** Actions that start programs, send forms or open other files. */
  | 'actions'
  /** Other files hidden inside the PDF. */
  | 'embedded-files'
  /** Films, sound or 3D inside the PDF. */
  | 'rich-media'
  /** An XFA form (a program-like form some readers run). */
  | 'xfa'
  | 'too-many-pages'
  | 'no-pages'
  /** The paper's details: longer than the fields hold (TEXT_LIMITS.title, .name). */
  | 'title-too-long'
  | 'given-by-too-long';

export const PAPER_FAILURES: readonly PaperFailure[] = [
  ...IMPORT_FAILURES,
  'not-a-paper',
  'encrypted',
  'javascript',
  'actions',
  'embedded-files',
  'rich-media',
  'xfa',
  'too-many-pages',
  'no-pages',
  'title-too-long',
  'given-by-too-long',
];

/** A PDF the cleaner refuses, with the reason the import summary shows. */
export class PaperError extends ReasonError<PaperFailure> {
  override readonly name = 'PaperError';
}
