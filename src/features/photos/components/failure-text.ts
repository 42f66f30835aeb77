import type { i18n as I18n, TFunction } from 'i18next';

import type { FileRoute, MixedFailure } from '../lib/mixed-import';

/** Where each import keeps its reasons: `photos.failure.…`, `video.failure.…`, `papers.failure.…`. */
const AREAS: Record<FileRoute, string> = { photo: 'photos', video: 'video', paper: 'papers' };

/**
 * Why a file was not kept, in the child's language, from the area of the import that refused
 * it. A reason without words (a newer import's) still gets a sentence, never a bare key.
 */
export function failureText(t: TFunction, i18n: I18n, f: MixedFailure): string {
  const key = `${AREAS[f.route ?? 'photo']}.failure.${f.reason}`;
  return i18n.exists(key) ? t(key as 'photos.failure.unknown') : t('photos.failure.unknown');
}
