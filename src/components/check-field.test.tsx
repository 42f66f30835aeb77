import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { CheckField } from './check-field';

describe('CheckField', () => {
  it('is a checkbox named by its label that reports each tick', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = render(<CheckField label="Keep it" checked={false} onChange={onChange} />);
    const box = screen.getByRole('checkbox', { name: 'Keep it' });
    expect(box).not.toBeChecked();
    expect(box).not.toHaveAttribute('aria-describedby');
    await user.click(box);
    expect(onChange).toHaveBeenLastCalledWith(true);

    rerender(<CheckField label="Keep it" checked onChange={onChange} />);
    expect(box).toBeChecked();
    await user.click(box);
    expect(onChange).toHaveBeenLastCalledWith(false);
  });

  it('shows its hint and ties it to the box', () => {
    render(<CheckField label="Keep it" hint="Only you see it" checked onChange={vi.fn()} />);
    expect(screen.getByRole('checkbox', { name: 'Keep it' })).toHaveAccessibleDescription(
      'Only you see it',
    );
  });
});
