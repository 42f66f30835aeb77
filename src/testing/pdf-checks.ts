/*
 * Test-only: checks several PDF tests make on what they built or cleaned. The pictures a PDF
 * holds, read back with pdf-lib, and qpdf's verdict on the whole file (an independent reader;
 * CI installs it, a test skips the check where it is missing).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { PDFName, PDFRawStream, type PDFDocument } from '@cantoo/pdf-lib';
import { expect } from 'vitest';

/** Whether qpdf runs on this machine. */
export const hasQpdf = spawnSync('qpdf', ['--version']).status === 0;

/** Every image stream in the document, in object order. */
export function imageStreams(doc: PDFDocument): PDFRawStream[] {
  return doc.context
    .enumerateIndirectObjects()
    .map(([, o]) => o)
    .filter(
      (o): o is PDFRawStream =>
        o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'),
    );
}

/** Fails unless `qpdf --check` finds no syntax or stream encoding error in the PDF `bytes`. */
export function expectQpdfAccepts(bytes: Uint8Array): void {
  const dir = mkdtempSync(join(tmpdir(), 'livsbog-qpdf-'));
  try {
    const file = join(dir, 'book.pdf');
    writeFileSync(file, bytes);
    const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(check.stdout).toContain('No syntax or stream encoding errors');
    expect(check.status).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
