import { screen } from '@testing-library/react';

import { hasUnsavedWork } from '@/components';
import { readDetails } from '@/db';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

withFreshDatabase();

describe('the "me now" page', () => {
  it('saves what the child writes and keeps it in the sealed details', async () => {
    const book = await makeBook({
      cover: { nickname: 'Maja' },
      details: { meNow: { likes: '', goodAt: 'football', proudOf: '', dreams: '' } },
    });
    const { user, unmount } = renderApp(`/book/${book.id}`);
    expect(await screen.findByRole('heading', { name: 'Me now', level: 1 })).toBeInTheDocument();
    expect(screen.getByLabelText('I am good at')).toHaveValue('football');

    await user.type(screen.getByLabelText('I like'), 'Drawing horses');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Saved')).toBeInTheDocument();
    unmount();
    const { meNow } = await readDetails(book.id);
    expect(meNow.likes).toBe('Drawing horses');
    expect(meNow.goodAt).toBe('football');
    expect(meNow.updatedAt).toEqual(expect.any(String));
  });

  it('shows the saved words again after a new visit', async () => {
    const book = await makeBook();
    const first = renderApp(`/book/${book.id}`);
    await first.user.type(await screen.findByLabelText('I dream of'), 'A dog of my own');
    await first.user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved');
    first.unmount();

    renderApp(`/book/${book.id}`);
    expect(await screen.findByLabelText('I dream of')).toHaveValue('A dog of my own');
  });

  it('counts typed words as unsaved work until they are saved', async () => {
    const book = await makeBook();
    const { user } = renderApp(`/book/${book.id}`);
    await user.type(await screen.findByLabelText('I like'), 'Cats');
    // A tab that must reload (a newer build took the database) asks first because of this.
    expect(hasUnsavedWork()).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved');
    expect(hasUnsavedWork()).toBe(false);
  });
});
