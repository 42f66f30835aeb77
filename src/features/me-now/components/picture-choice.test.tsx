import { screen, within } from '@testing-library/react';

import { readDetails } from '@/db';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook } from '@/testing/factories';
import { renderApp, renderBook } from '@/testing/render-app';

withFreshDatabase();

/** The whole young-mode page renders many picture tiles: room for a busy machine. */
const SLOW = 45_000;

describe('choosing what I am good at with pictures', () => {
  it(
    'lets a young child tap pictures instead of spelling, and saves the words',
    async () => {
      const { book, user } = await renderBook({ cover: { nickname: 'Maja', ageMode: 'young' } });
      const goodAt = await screen.findByRole('group', {
        name: 'Choose with pictures: I am good at',
      });
      const climbing = within(goodAt).getByRole('button', { name: 'climbing' });
      expect(climbing).toHaveAttribute('aria-pressed', 'false');

      await user.click(climbing);
      await user.click(within(goodAt).getByRole('button', { name: 'running' }));
      expect(screen.getByLabelText('I am good at')).toHaveValue('climbing, running');
      expect(climbing).toHaveAttribute('aria-pressed', 'true');

      // Typing stays possible, and a second tap takes a picture's word out again.
      await user.type(screen.getByLabelText('I am good at'), ', cats');
      await user.click(climbing);
      expect(screen.getByLabelText('I am good at')).toHaveValue('running, cats');

      await user.click(screen.getByRole('button', { name: 'Save' }));
      await screen.findByText('Saved');
      const { meNow } = await readDetails(book.id);
      expect(meNow.goodAt).toBe('running, cats');
    },
    SLOW,
  );

  it('shows a typed word as a chosen picture', async () => {
    const book = await makeBook({
      cover: { ageMode: 'young' },
      details: { meNow: { likes: '', goodAt: 'Reading', proudOf: '', dreams: '' } },
    });
    renderApp(`/book/${book.id}`);
    const goodAt = await screen.findByRole('group', {
      name: 'Choose with pictures: I am good at',
    });
    expect(within(goodAt).getByRole('button', { name: 'reading' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('keeps the pictures folded away for older children until asked for', async () => {
    const book = await makeBook({ cover: { ageMode: 'teen' } });
    const { user } = renderApp(`/book/${book.id}`);
    await screen.findByLabelText('I am good at');
    const goodAt = screen.getByRole('group', {
      name: 'Choose with pictures: I am good at',
      hidden: true,
    });
    expect(goodAt).not.toBeVisible();
    const box = goodAt.closest('details');
    if (!box) throw new Error('the pictures are in a fold');
    await user.click(within(box).getByText('Choose with pictures'));
    expect(goodAt).toBeVisible();
  });
});
