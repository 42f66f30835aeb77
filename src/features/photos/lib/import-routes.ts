import { isPdf, PDF_SNIFF_BYTES } from '@/domain';
import { isVideoFile } from '@/media';
import { importPapers, type PaperMeta } from '@/media/import-papers';
import { importPhotos } from '@/media/import-photos';
import { importVideos } from '@/media/import-videos';

import type { FileRoute, MixedImportDeps, PartImport } from './mixed-import';

/**
 * A file's route by its first bytes: a video container, a PDF, else the photo import (which takes
 * scans and names what it refuses).
 */
async function routeOf(file: File): Promise<FileRoute> {
  if (await isVideoFile(file)) return 'video';
  const head = new Uint8Array(await file.slice(0, PDF_SNIFF_BYTES).arrayBuffer());
  return isPdf(head) ? 'paper' : 'photo';
}

/** A PDF dropped with photos has no form: it is called by its file name, undated. */
const papersWithoutForm: PartImport = (bookId, files, opts) =>
  importPapers(bookId, files, { title: '' }, opts);

/** The app's imports, one per kind of file a child can pick or drop on the photos page. */
export const APP_IMPORTS: MixedImportDeps = {
  routeOf,
  importers: { photo: importPhotos, video: importVideos, paper: papersWithoutForm },
};

/** The paper form's files: every one a paper (a PDF, or a scan through the photo pipeline). */
export function paperImports(meta: PaperMeta): MixedImportDeps {
  return {
    routeOf: () => Promise.resolve('paper'),
    importers: {
      photo: importPhotos,
      paper: (bookId, files, opts) => importPapers(bookId, files, meta, opts),
    },
  };
}
