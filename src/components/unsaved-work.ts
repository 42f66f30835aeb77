import { useEffect } from 'react';

/**
 * What this tab would lose if it reloaded now: a form with changes not yet saved, or a running
 * job (a photo import, a moving pack being made). When a newer build takes the database over, a
 * tab with nothing here reloads itself; a tab with something here asks first, so nobody loses
 * text they typed without being told.
 */
const holders = new Set<symbol>();

export function hasUnsavedWork(): boolean {
  return holders.size > 0;
}

/** Holds "unsaved work" until the returned function is called (for work that outlives a screen). */
export function holdUnsavedWork(): () => void {
  const token = Symbol('unsaved work');
  holders.add(token);
  return () => {
    holders.delete(token);
  };
}

/** Holds "unsaved work" while `active` is true and the component is shown. */
export function useUnsavedWork(active: boolean): void {
  useEffect(() => (active ? holdUnsavedWork() : undefined), [active]);
}
