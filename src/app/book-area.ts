/** The parts of an open book that have a colour of their own (styles/areas.css). */
export type BookArea = 'me' | 'timeline' | 'people' | 'photos' | 'more';

/**
 * Which part of the book a page belongs to, from its address: the cover ("Mig nu"), the four
 * areas with a tab, and everything reached through "Mere" (the moving pack, settings, the lock).
 */
export function bookArea(pathname: string): BookArea {
  const rest = /^\/book\/[^/]+\/?([^/?#]*)/.exec(pathname)?.[1] ?? '';
  if (rest === '') return 'me';
  if (rest === 'timeline' || rest === 'people' || rest === 'photos') return rest;
  return 'more';
}
