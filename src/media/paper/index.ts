/**
 * Papers (PDFs) cleaned for keeping: the entry `@/media/paper`, for workers only, because it
 * brings pdf-lib (large); the main thread reaches papers through `@/media/import-papers`.
 */
export { cleanPaperFile } from './clean-paper-file';
export { cleanPdf, type CleanedPdf } from './pdf-clean';
export { PAPER_FAILURES, PaperError, type PaperFailure } from './paper-failure';
export type { PaperCleanOutcome, PaperCleanReply, PaperCleanRequest } from './paper-protocol';
