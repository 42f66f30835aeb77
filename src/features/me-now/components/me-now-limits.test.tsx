import { fireEvent, screen } from '@testing-library/react';

import { readDetails } from '@/db';
import { maxUnits, TEXT_LIMITS } from '@/domain';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

withFreshDatabase();

describe('"me now" answers over the limit', () => {
  it('counts as it nears the limit, refuses too much with a message, and saves nothing', async () => {
    const book = await makeBook({
      details: { meNow: { likes: 'Horses', goodAt: '', proudOf: '', dreams: '' } },
    });
    renderApp(`/book/${book.id}`);
    const likes = await screen.findByLabelText<HTMLTextAreaElement>('I like');
    // A paste stays whole up to the hard cap, so it gets a message rather than a silent cut.
    expect(likes.maxLength).toBe(maxUnits(TEXT_LIMITS.meNow));

    fireEvent.change(likes, { target: { value: '🦊'.repeat(4_500) } });
    // Each fox is one character (two code units): the counter counts what a person sees.
    expect(screen.getByText('4,500 of 5,000 characters')).toBeInTheDocument();

    fireEvent.change(likes, { target: { value: 'e\u0301'.repeat(5_001) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const message = 'The text can be at most 5,000 characters. Make it shorter and save again.';
    expect(await screen.findAllByText(message)).toHaveLength(2);
    expect(likes).toHaveAttribute('aria-invalid', 'true');
    expect((await readDetails(book.id)).meNow.likes).toBe('Horses');

    fireEvent.change(likes, { target: { value: 'e\u0301'.repeat(5_000) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect((await readDetails(book.id)).meNow.likes).toBe('e\u0301'.repeat(5_000));
  });
});
