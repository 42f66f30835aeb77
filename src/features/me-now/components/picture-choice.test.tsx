import { screen, within } from '@testing-library/react';

import { readDetails } from '@/db';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

withFreshDatabase();

describe('choosing likes with pictures', () => {
  it('lets a young child tap pictures instead of spelling, and saves the words', async () => {
    const book = await makeBook({ cover: { nickname: 'Maja', ageMode: 'young' } });
    const { user } = renderApp(`/book/${book.id}`);
    const likes = await screen.findByRole('group', { name: 'Choose with pictures: I like' });
    const dog = within(likes).getByRole('button', { name: 'animals' });
    expect(dog).toHaveAttribute('aria-pressed', 'false');

    await user.click(dog);
    await user.click(within(likes).getByRole('button', { name: 'football' }));
    expect(screen.getByLabelText('I like')).toHaveValue('animals, football');
    expect(dog).toHaveAttribute('aria-pressed', 'true');

    // Typing stays possible, and a second tap takes a picture's word out again.
    await user.type(screen.getByLabelText('I like'), ', my sister');
    await user.click(dog);
    expect(screen.getByLabelText('I like')).toHaveValue('football, my sister');

    const goodAt = screen.getByRole('group', { name: 'Choose with pictures: I am good at' });
    await user.click(within(goodAt).getByRole('button', { name: 'climbing' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved');
    const { meNow } = await readDetails(book.id);
    expect(meNow.likes).toBe('football, my sister');
    expect(meNow.goodAt).toBe('climbing');
  });

  it('shows a typed word as a chosen picture', async () => {
    const book = await makeBook({
      cover: { ageMode: 'young' },
      details: { meNow: { likes: 'Horses', goodAt: '', proudOf: '', dreams: '' } },
    });
    renderApp(`/book/${book.id}`);
    const likes = await screen.findByRole('group', { name: 'Choose with pictures: I like' });
    expect(within(likes).getByRole('button', { name: 'horses' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('keeps the pictures folded away for older children until asked for', async () => {
    const book = await makeBook({ cover: { ageMode: 'teen' } });
    const { user } = renderApp(`/book/${book.id}`);
    await screen.findByLabelText('I like');
    const likes = screen.getByRole('group', { name: 'Choose with pictures: I like', hidden: true });
    expect(likes).not.toBeVisible();
    await user.click(screen.getAllByText('Choose with pictures')[0]!);
    expect(likes).toBeVisible();
  });
});
