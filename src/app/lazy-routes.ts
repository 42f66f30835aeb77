import { lazy } from 'react';

import { loadAllWords } from '@/i18n';

/**
 * A page's chunk with every word of the app beside it: the first load holds only the start
 * page's words (i18n/setup.ts), so no other page renders before its words are there.
 */
async function withWords<T>(page: Promise<T>): Promise<T> {
  const [loaded] = await Promise.all([page, loadAllWords()]);
  return loaded;
}

/**
 * Everything but the start page loads on demand, so the first visit downloads only the shelf.
 * The service worker precaches every chunk, so these still open offline.
 */
export const CreateBookPage = lazy(() =>
  withWords(import('@/features/books/components/create-book-page')).then((m) => ({
    default: m.CreateBookPage,
  })),
);
export const AboutLockPage = lazy(() =>
  withWords(import('@/features/lock/components/about-lock-page')).then((m) => ({
    default: m.AboutLockPage,
  })),
);
export const BookRoute = lazy(() =>
  withWords(import('./book-route')).then((m) => ({ default: m.BookRoute })),
);
export const MeNowPage = lazy(() =>
  withWords(import('@/features/me-now/components/me-now-page')).then((m) => ({
    default: m.MeNowPage,
  })),
);
export const SettingsPage = lazy(() =>
  withWords(import('@/features/settings/components/settings-page')).then((m) => ({
    default: m.SettingsPage,
  })),
);
export const TimelineArea = lazy(() =>
  withWords(import('@/features/timeline/components/timeline-area')).then((m) => ({
    default: m.TimelineArea,
  })),
);
export const PeopleArea = lazy(() =>
  withWords(import('@/features/people/components/people-area')).then((m) => ({
    default: m.PeopleArea,
  })),
);
export const PhotosArea = lazy(() =>
  withWords(import('@/features/photos/components/photos-area')).then((m) => ({
    default: m.PhotosArea,
  })),
);
export const MovingPackPage = lazy(() =>
  withWords(import('@/features/moving-pack/components/moving-pack-page')).then((m) => ({
    default: m.MovingPackPage,
  })),
);
export const LicencesPage = lazy(() =>
  withWords(import('@/features/licences/components/licences-page')).then((m) => ({
    default: m.LicencesPage,
  })),
);
export const ImportPage = lazy(() =>
  withWords(import('@/features/moving-pack/components/import-page')).then((m) => ({
    default: m.ImportPage,
  })),
);
export const MorePage = lazy(() =>
  withWords(import('./more-page')).then((m) => ({ default: m.MorePage })),
);
