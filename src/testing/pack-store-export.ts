/**
 * Test-only: exports a stored book the way the export worker does (sealed photos and pieces
 * read from storage, opened with the book's key), gathering the zip in memory.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { mediaChunkAad, readBookContent, readSealedChunk, readSealedPhoto, requireKey } from '@/db';
import type { PackReport } from '@/pack';
import { exportPack } from '@/pack/export-job';
import { collect } from './pack-fixtures';

const fontDir = path.resolve(import.meta.dirname, '../../public/fonts');
export const testFonts = {
  regular: new Uint8Array(readFileSync(path.join(fontDir, 'atkinson-hyperlegible-regular.ttf'))),
  bold: new Uint8Array(readFileSync(path.join(fontDir, 'atkinson-hyperlegible-bold.ttf'))),
};
const ALL = { includeOnlyMe: true, includeProtectedPlaces: true, includeHiddenPhotos: true };

export async function exportStoredBook(
  bookId: string,
  now = new Date('2026-06-02T08:00:00Z'),
): Promise<{ zip: Blob; report: PackReport }> {
  const { content } = await readBookContent(bookId);
  const writer = await exportPack(
    {
      data: content,
      choices: ALL,
      key: requireKey(bookId),
      locale: 'da',
      appVersion: 'test',
      fonts: testFonts,
      now,
    },
    {
      readSealed: (id, role) => readSealedPhoto(bookId, id, role),
      readSealedChunk: async (id, n) => ({
        ...(await readSealedChunk(bookId, id, n)),
        aad: mediaChunkAad(bookId, id, n),
      }),
      scaleForPdf: () => Promise.resolve(null),
    },
  );
  const zip = new Blob([await collect(writer.stream)]);
  return { zip, report: await writer.done };
}
