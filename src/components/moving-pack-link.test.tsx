import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';

import { createI18n } from '@/i18n';

import { MovingPackLink } from './moving-pack-link';

describe('the way to the moving pack', () => {
  it.each([
    ['da', 'Lav en flyttepakke'],
    ['en', 'Make a moving pack'],
  ] as const)('leads to the book’s moving pack page, in %s', (locale, name) => {
    render(
      <I18nextProvider i18n={createI18n(locale)}>
        <MemoryRouter>
          <MovingPackLink bookId="b1" />
        </MemoryRouter>
      </I18nextProvider>,
    );
    const link = screen.getByRole('link', { name });
    expect(link).toHaveAttribute('href', '/book/b1/moving-pack');
    expect(link).toHaveClass('btn', 'btn-secondary');
  });
});
