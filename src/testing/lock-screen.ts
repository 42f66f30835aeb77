/** Builders for lock-screen tests: a locked book called Maja, and the app showing its lock. */
import { screen } from '@testing-library/react';

import { lockBook } from '@/db';

import { makeBook, type MadeBook, type MakeBookOptions } from './factories';
import { renderApp } from './render-app';

/** A book named Maja, made (which leaves it unlocked) and then locked. */
export async function lockedBook(opts: MakeBookOptions = {}): Promise<MadeBook> {
  const book = await makeBook({ cover: { nickname: 'Maja' }, ...opts });
  lockBook(book.id);
  return book;
}

/** Renders the app at `path` and waits for Maja's lock screen. */
export async function showLockScreen(path: string): Promise<ReturnType<typeof renderApp>> {
  const rendered = renderApp(path);
  await screen.findByRole('heading', { name: "Maja's book is locked" });
  return rendered;
}
