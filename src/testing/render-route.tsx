/**
 * Renders one area of the app at a route, in one language, as the book's layout mounts it: on its
 * own rather than through the whole app (render-app.tsx), so a test does not depend on how the
 * app routes to the area.
 */
import { render, type RenderResult } from '@testing-library/react';
import { userEvent, type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';

import type { Locale } from '@/domain';
import { createI18n } from '@/i18n';

export interface RenderRouteResult extends RenderResult {
  user: UserEvent;
}

/**
 * `element` mounted at the route pattern `route` (`/book/:bookId/timeline/*`), opened at `path`.
 * `?lang=` on the document's address keeps the UI in `locale`, as in the app.
 */
export function renderRoute(
  route: string,
  element: ReactElement,
  path: string,
  locale: Locale = 'en',
): RenderRouteResult {
  window.history.replaceState(null, '', `/?lang=${locale}`);
  const user = userEvent.setup();
  const result = render(
    <I18nextProvider i18n={createI18n(locale)}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={route} element={element} />
        </Routes>
      </MemoryRouter>
    </I18nextProvider>,
  );
  return { ...result, user };
}
