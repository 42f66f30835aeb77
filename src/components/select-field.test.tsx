import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { SelectField } from './select-field';

const OPTIONS = [
  { value: 'a', label: 'Anna' },
  { value: 'b', label: 'Bo' },
];

describe('SelectField', () => {
  it('is a select named by its label, with the empty choice on top, that reports the value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <SelectField label="Who" value="" empty="Everyone" options={OPTIONS} onChange={onChange} />,
    );
    const select = screen.getByRole('combobox', { name: 'Who' });
    expect(select).toHaveValue('');
    expect(
      screen.getAllByRole('option').map((o) => [o.getAttribute('value'), o.textContent]),
    ).toEqual([
      ['', 'Everyone'],
      ['a', 'Anna'],
      ['b', 'Bo'],
    ]);
    await user.selectOptions(select, 'Bo');
    expect(onChange).toHaveBeenCalledWith('b');
  });

  it('has no empty choice unless one is given', () => {
    render(<SelectField label="Who" value="a" options={OPTIONS} onChange={vi.fn()} />);
    expect(screen.getByRole('combobox', { name: 'Who' })).toHaveValue('a');
    expect(screen.getAllByRole('option')).toHaveLength(2);
  });
});
