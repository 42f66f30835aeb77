import { lazy } from 'react';

/**
 * Everything but the start page loads on demand, so the first visit downloads only the shelf.
 * The service worker precaches every chunk, so these still open offline.
 */
export const CreateBookPage = lazy(() =>
  import('@/features/books/components/create-book-page').then((m) => ({
    default: m.CreateBookPage,
  })),
);
export const AboutLockPage = lazy(() =>
  import('@/features/lock/components/about-lock-page').then((m) => ({ default: m.AboutLockPage })),
);
export const BookRoute = lazy(() => import('./book-route').then((m) => ({ default: m.BookRoute })));
export const MeNowPage = lazy(() =>
  import('@/features/me-now/components/me-now-page').then((m) => ({ default: m.MeNowPage })),
);
export const SettingsPage = lazy(() =>
  import('@/features/settings/components/settings-page').then((m) => ({
    default: m.SettingsPage,
  })),
);
export const TimelineArea = lazy(() =>
  import('@/features/timeline/components/timeline-area').then((m) => ({
    default: m.TimelineArea,
  })),
);
export const PeopleArea = lazy(() =>
  import('@/features/people/components/people-area').then((m) => ({ default: m.PeopleArea })),
);
export const PhotosArea = lazy(() =>
  import('@/features/photos/components/photos-area').then((m) => ({ default: m.PhotosArea })),
);
export const MovingPackPage = lazy(() =>
  import('@/features/moving-pack/components/moving-pack-page').then((m) => ({
    default: m.MovingPackPage,
  })),
);
export const LicencesPage = lazy(() =>
  import('@/features/licences/components/licences-page').then((m) => ({
    default: m.LicencesPage,
  })),
);
export const ImportPage = lazy(() =>
  import('@/features/moving-pack/components/import-page').then((m) => ({ default: m.ImportPage })),
);
export const MorePage = lazy(() => import('./more-page').then((m) => ({ default: m.MorePage })));
