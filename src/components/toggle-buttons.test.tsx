import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ToggleButtons } from './toggle-buttons';

const FRUITS = ['apple', 'pear', 'plum'] as const;
const GROUP = { label: 'Fruit', className: 'fruits', buttonClassName: 'fruit', options: FRUITS };

describe('ToggleButtons', () => {
  it('names the group, presses the one chosen and reports the option pressed', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <ToggleButtons {...GROUP} value="pear" onChange={onChange}>
        {(f) => `Pick ${f}`}
      </ToggleButtons>,
    );
    expect(screen.getByRole('group', { name: 'Fruit' })).toHaveClass('fruits');
    const apple = screen.getByRole('button', { name: 'Pick apple' });
    expect(apple).toHaveAttribute('type', 'button');
    expect(apple).toHaveClass('fruit');
    expect(apple).toHaveAttribute('aria-pressed', 'false');
    expect(apple).not.toHaveAttribute('lang');
    const pear = screen.getByRole('button', { name: 'Pick pear' });
    expect(pear).toHaveAttribute('aria-pressed', 'true');

    await user.click(apple);
    expect(onChange).toHaveBeenCalledOnce();
    expect(onChange).toHaveBeenCalledWith('apple');
  });

  it('presses each option isPressed says, and gives each button the language asked', () => {
    render(
      <ToggleButtons
        {...GROUP}
        isPressed={(f) => f !== 'pear'}
        onChange={vi.fn()}
        langOf={(f) => (f === 'plum' ? 'da' : 'en')}
      >
        {(f) => f}
      </ToggleButtons>,
    );
    const pressed = screen
      .getAllByRole('button')
      .map((b) => [b.textContent, b.getAttribute('aria-pressed'), b.getAttribute('lang')]);
    expect(pressed).toEqual([
      ['apple', 'true', 'en'],
      ['pear', 'false', 'en'],
      ['plum', 'true', 'da'],
    ]);
  });
});
