import { useLayoutEffect, useRef } from 'react';
import { useLocation } from 'react-router';

import { lockEverywhere } from '@/features/lock/lib/lock-channel';

import { bookIdOf } from './page-title';

/**
 * Going from an open book to the shelf ("Alle bøger", the app's name, or "back") locks it: on a
 * shared tablet the next child picks a book from the shelf, and must not find the last one open.
 * Before paint, so the shelf never shows the book as open for a frame.
 */
export function useLockOnShelf(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useLayoutEffect(() => {
    const from = bookIdOf(previous.current);
    previous.current = pathname;
    if (pathname === '/' && from !== undefined) lockEverywhere(from);
  }, [pathname]);
}
