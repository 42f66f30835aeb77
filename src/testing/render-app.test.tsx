import { screen } from '@testing-library/react';

import { withFreshDatabase } from './db-helpers';
import { renderBook } from './render-app';

withFreshDatabase();

describe('renderBook', () => {
  it('makes the book it is asked for and opens the app on that book', async () => {
    const { book } = await renderBook({ cover: { nickname: 'Testnavn' } });
    expect(book.cover.nickname).toBe('Testnavn');
    expect(await screen.findByRole('region', { name: 'Me now' })).toBeInTheDocument();
    expect(window.location.search).toBe('?lang=en');
  });
});
