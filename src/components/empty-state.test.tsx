import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { Button } from './button';
import { EmptyState } from './empty-state';

describe('EmptyState', () => {
  it('shows a decorative picture, one sentence and one big action that works', async () => {
    const user = userEvent.setup();
    const onAdd = vi.fn();
    const { container } = render(
      <EmptyState
        picture="📷"
        title="Ingen billeder endnu"
        text="Tilføj dit første billede."
        action={<Button onClick={onAdd}>Tilføj billeder</Button>}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Ingen billeder endnu' })).toBeVisible();
    expect(screen.getByText('Tilføj dit første billede.')).toBeVisible();
    // The picture says nothing the words do not: no image in the accessibility tree.
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.querySelector('.empty-state-picture img')).toHaveAttribute('alt', '');
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Tilføj billeder' }));
    expect(onAdd).toHaveBeenCalledTimes(1);
  });

  it('takes a drawing of its own and a lower heading level, and works without a heading', () => {
    const { rerender } = render(
      <EmptyState picture={<svg data-testid="road" />} title="Tom" text="Intet her." level={3} />,
    );
    expect(screen.getByTestId('road')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Tom' })).toBeVisible();
    rerender(<EmptyState picture="📚" text="Intet her." />);
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByText('Intet her.')).toBeVisible();
  });
});
