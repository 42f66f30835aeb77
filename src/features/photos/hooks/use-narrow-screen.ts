import { useSyncExternalStore } from 'react';

/** The width below which the book takes its phone layout (book-layout.css, phone-fold.css). */
const PHONE = '(width < 600px)';

function query(): MediaQueryList | undefined {
  // jsdom and very old browsers have no matchMedia: they get the wide layout.
  return typeof window.matchMedia === 'function' ? window.matchMedia(PHONE) : undefined;
}

function subscribe(onChange: () => void): () => void {
  const list = query();
  list?.addEventListener('change', onChange);
  return () => {
    list?.removeEventListener('change', onChange);
  };
}

/**
 * True on a phone-sized screen, following the screen as it turns. For the one control that has
 * to move between rows (CSS cannot lift it out of a folded panel), never for mere looks.
 */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  );
}
