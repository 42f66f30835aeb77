/** Renders the whole app at a route, in English, the way a user would meet it. */
import { configure, render, type RenderResult } from '@testing-library/react';
import { userEvent, type UserEvent } from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter } from 'react-router';

import { App } from '@/app/app';
import type { Locale } from '@/domain';
import { createI18n } from '@/i18n';

import { makeBook, type MadeBook, type MakeBookOptions } from './factories';

// The whole app decrypts, runs live queries and routes: on a busy machine the first render of a
// file can take longer than Testing Library's default one second to settle.
configure({ asyncUtilTimeout: 5000 });

export interface RenderAppResult extends RenderResult {
  user: UserEvent;
  i18n: I18n;
}

/**
 * The app picks its language from `?lang=` first, then the open book, then the shelf's stored
 * choice (Danish by default). `?lang=` on the document's address keeps the UI in `locale` on
 * every page, whatever a book's own language is; the router itself is in memory.
 */
export function renderApp(path = '/', locale: Locale = 'en'): RenderAppResult {
  window.history.replaceState(null, '', `/?lang=${locale}`);
  const i18n = createI18n(locale);
  const user = userEvent.setup();
  const result = render(
    <MemoryRouter initialEntries={[path]}>
      <App i18n={i18n} />
    </MemoryRouter>,
  );
  return { ...result, user, i18n };
}

/** Makes a book (see `makeBook`) and renders the app at its `page`, by default its first one. */
export async function renderBook(
  opts: MakeBookOptions = {},
  page = '',
): Promise<RenderAppResult & { book: MadeBook }> {
  const book = await makeBook(opts);
  return { ...renderApp(`/book/${book.id}${page}`), book };
}
