import { configure, screen } from '@testing-library/react';

import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

withFreshDatabase();
configure({ asyncUtilTimeout: 10_000 });

describe('"me now" prompts', () => {
  it('start in the present, with prompts for a young child', async () => {
    const book = await makeBook({ cover: { ageMode: 'young' } });
    const { user } = renderApp(`/book/${book.id}`);
    await screen.findByRole('heading', { name: 'Talk together' });
    expect(screen.getByRole('button', { name: 'Now' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('What is the most fun thing you know?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Another question' }));
    expect(screen.getByText('Who do you like being with?')).toBeInTheDocument();
    // The fields lean on strengths, in words for the child's age.
    expect(screen.getByLabelText('I am good at')).toHaveAccessibleDescription(
      'What can you do? Run, draw, help, be a good friend …',
    );
  });

  it('move to the past, with room for hard memories, and on to the future', async () => {
    const book = await makeBook({ cover: { ageMode: 'teen' } });
    const { user } = renderApp(`/book/${book.id}`);
    expect(
      await screen.findByText('What takes up most of your life right now?'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Before' }));
    expect(
      screen.getByText('Which changes in your life have shaped you most?'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Some memories are hard/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Write a memory on the timeline' })).toHaveAttribute(
      'href',
      `/book/${book.id}/timeline/new?kind=memory`,
    );

    await user.click(screen.getByRole('button', { name: 'Ahead' }));
    expect(screen.getByText('Where do you see yourself in five years?')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Write a dream on the timeline' })).toBeInTheDocument();
    expect(screen.queryByText(/Some memories are hard/)).not.toBeInTheDocument();
  });
});
