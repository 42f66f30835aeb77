/** A page's kind; each has its name under `layout.titles` in every locale. */
export type PageTitleKey =
  | 'shelf'
  | 'newBook'
  | 'importPack'
  | 'licences'
  | 'aboutLock'
  | 'notFound'
  | 'locked'
  | 'meNow'
  | 'timeline'
  | 'entry'
  | 'newEntry'
  | 'editEntry'
  | 'bin'
  | 'homes'
  | 'schools'
  | 'people'
  | 'person'
  | 'newPerson'
  | 'editPerson'
  | 'map'
  | 'snapshot'
  | 'family'
  | 'photos'
  | 'movingPack'
  | 'settings'
  | 'more';

/** The book a path belongs to, or undefined outside a book. */
export function bookIdOf(pathname: string): string | undefined {
  const match = /^\/book\/([^/]+)/.exec(pathname);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

const BOOK_PAGES: readonly (readonly [RegExp, PageTitleKey])[] = [
  [/^$/, 'meNow'],
  [/^\/timeline$/, 'timeline'],
  [/^\/timeline\/new$/, 'newEntry'],
  [/^\/timeline\/entry\/[^/]+$/, 'entry'],
  [/^\/timeline\/entry\/[^/]+\/edit$/, 'editEntry'],
  [/^\/timeline\/bin$/, 'bin'],
  [/^\/timeline\/homes$/, 'homes'],
  [/^\/timeline\/schools$/, 'schools'],
  [/^\/people$/, 'people'],
  [/^\/people\/new$/, 'newPerson'],
  [/^\/people\/map$/, 'map'],
  [/^\/people\/map\/[^/]+$/, 'snapshot'],
  [/^\/people\/family$/, 'family'],
  [/^\/people\/[^/]+$/, 'person'],
  [/^\/people\/[^/]+\/edit$/, 'editPerson'],
  [/^\/photos(\/.*)?$/, 'photos'],
  [/^\/moving-pack$/, 'movingPack'],
  [/^\/settings$/, 'settings'],
  [/^\/about-lock$/, 'aboutLock'],
  [/^\/more$/, 'more'],
];

const OTHER_PAGES: Readonly<Record<string, PageTitleKey>> = {
  '/': 'shelf',
  '/new': 'newBook',
  '/import': 'importPack',
  '/licences': 'licences',
  '/about-lock': 'aboutLock',
};

/**
 * Which page a path is, for its `<title>` (WCAG 2.4.2). Only the kind of page: a title is kept in
 * the browser's history and shown in the task switcher, so nothing from inside a book (a name, a
 * memory's title, an address) ever goes into it.
 */
export function pageTitleKey(pathname: string, opts: { locked?: boolean } = {}): PageTitleKey {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const book = /^\/book\/[^/]+(.*)$/.exec(path);
  if (book) {
    if (opts.locked) return 'locked';
    const rest = book[1] ?? '';
    return BOOK_PAGES.find(([pattern]) => pattern.test(rest))?.[1] ?? 'notFound';
  }
  return OTHER_PAGES[path] ?? 'notFound';
}
