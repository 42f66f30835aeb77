import { ascii } from '../byte-utils';

/** Readers find the header within the first kilobyte (some files start with a few stray bytes). */
export const PDF_SNIFF_BYTES = 1024;

/** Whether the bytes are a PDF: `%PDF-` within the first kilobyte, whatever the file's name. */
export function isPdf(head: Uint8Array): boolean {
  return ascii(head, 0, Math.min(head.length, PDF_SNIFF_BYTES)).includes('%PDF-');
}
