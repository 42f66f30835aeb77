import { isVideoFile } from '@/media';
import { importPhotos } from '@/media/import-photos';
import { importVideos } from '@/media/import-videos';

import type { FileRoute, MixedImportDeps } from './mixed-import';

/** A file's route by its first bytes: a video container, else the photo import (which names what it refuses). */
async function routeOf(file: File): Promise<FileRoute> {
  return (await isVideoFile(file)) ? 'video' : 'photo';
}

/** The app's imports, one per kind of file a child can pick or drop on the photos page. */
export const APP_IMPORTS: MixedImportDeps = {
  routeOf,
  importers: { photo: importPhotos, video: importVideos },
};
