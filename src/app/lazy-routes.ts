import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

import { loadAllWords } from '@/i18n';

/**
 * A page's chunk with every word of the app beside it: the first load holds only the start
 * page's words (i18n/setup.ts), so no other page renders before its words are there.
 */
async function withWords<T>(page: Promise<T>): Promise<T> {
  const [loaded] = await Promise.all([page, loadAllWords()]);
  return loaded;
}

/** Each loader's module must export a component under the loader's own name. */
type Loaders = Record<string, () => Promise<object>>;
/** The page a module exports under `K`, with its own props. */
type PageOf<M, K extends PropertyKey> =
  M extends Record<K, ComponentType<infer P>> ? ComponentType<P> : never;
type LazyPages<L extends Loaders> = {
  [K in keyof L]: LazyExoticComponent<PageOf<Awaited<ReturnType<L[K]>>, K>>;
};

/** Lazy pages from a table of chunks: each page is its module's export of the same name. */
function lazyPages<L extends Loaders>(loaders: L): LazyPages<L> {
  const pages = Object.entries(loaders).map(([name, load]) => [
    name,
    lazy(async () => {
      // The table's type ties each name to a component its module exports.
      const page = ((await withWords(load())) as Record<string, ComponentType | undefined>)[name];
      if (!page) throw new Error(`the chunk of ${name} does not export it`);
      return { default: page };
    }),
  ]);
  return Object.fromEntries(pages) as LazyPages<L>;
}

/**
 * Everything but the start page loads on demand, so the first visit downloads only the shelf.
 * The service worker precaches every chunk, so these still open offline.
 */
export const {
  CreateBookPage,
  AboutLockPage,
  BookRoute,
  MeNowPage,
  SettingsPage,
  TimelineArea,
  PeopleArea,
  PhotosArea,
  MovingPackPage,
  LicencesPage,
  ImportPage,
  MorePage,
} = lazyPages({
  CreateBookPage: () => import('@/features/books/components/create-book-page'),
  AboutLockPage: () => import('@/features/lock/components/about-lock-page'),
  BookRoute: () => import('./book-route'),
  MeNowPage: () => import('@/features/me-now/components/me-now-page'),
  SettingsPage: () => import('@/features/settings/components/settings-page'),
  TimelineArea: () => import('@/features/timeline/components/timeline-area'),
  PeopleArea: () => import('@/features/people/components/people-area'),
  PhotosArea: () => import('@/features/photos/components/photos-area'),
  MovingPackPage: () => import('@/features/moving-pack/components/moving-pack-page'),
  LicencesPage: () => import('@/features/licences/components/licences-page'),
  ImportPage: () => import('@/features/moving-pack/components/import-page'),
  MorePage: () => import('./more-page'),
});
