import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { Button } from './button';

describe('Button', () => {
  it('keeps focus while busy, says so, and ignores clicks', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    const { rerender } = render(<Button onClick={onClick}>Gem</Button>);
    const button = screen.getByRole('button', { name: 'Gem' });
    await user.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(button).toHaveFocus();

    rerender(
      <Button onClick={onClick} busy>
        Gem
      </Button>,
    );
    expect(button).toHaveFocus();
    expect(button).toBeEnabled();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('aria-busy', 'true');
    await user.click(button);
    await user.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(1);

    rerender(<Button onClick={onClick}>Gem</Button>);
    expect(button).not.toHaveAttribute('aria-disabled');
    await user.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('does not submit its form again while busy', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => {
      e.preventDefault();
    });
    render(
      <form aria-label="Navn" onSubmit={onSubmit}>
        <label>
          Navn
          <input />
        </label>
        <Button type="submit" busy>
          Gem
        </Button>
      </form>,
    );
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Ida{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('is still disabled when asked', () => {
    render(
      <Button disabled busy>
        Gem
      </Button>,
    );
    expect(screen.getByRole('button', { name: 'Gem' })).toBeDisabled();
  });
});
