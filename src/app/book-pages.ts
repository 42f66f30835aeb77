import type { NavIconName } from '@/components';

/** A page of an open book: `path` follows the book's own address (`/book/:id`). */
interface BookPage {
  path: string;
  icon: NavIconName;
  label: string;
}

/** The four areas, each a tab with its picture on a phone; the first is the book's own address. */
export const BOOK_TABS = [
  { path: '', icon: 'meNow', label: 'nav.meNow', className: 'nav-me' },
  { path: '/timeline', icon: 'timeline', label: 'timeline.title', className: 'nav-timeline' },
  { path: '/people', icon: 'people', label: 'people.title', className: 'nav-people' },
  { path: '/photos', icon: 'photos', label: 'photos.title', className: 'nav-photos' },
] as const satisfies readonly (BookPage & { className: string })[];

/**
 * The pages a phone reaches through "Mere" rather than a tab of their own: plain links in the
 * book's navigation on a wider screen, big rows with their picture on the "Mere" page.
 */
export const MORE_PAGES = [
  { path: '/moving-pack', icon: 'movingPack', label: 'pack.navLabel' },
  { path: '/settings', icon: 'settings', label: 'nav.settings' },
  { path: '/about-lock', icon: 'aboutLock', label: 'nav.aboutLock' },
] as const satisfies readonly BookPage[];
