import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { maxUnits } from '@/domain';

import { TextArea } from './text-area';
import { TextField } from './text-field';

// Both text controls take a limit and report the typed words the same way.
describe.each([
  { name: 'TextField', Field: TextField },
  { name: 'TextArea', Field: TextArea },
])('$name', ({ Field }) => {
  it('caps at the hard cap of its limit, not the limit itself', () => {
    render(<Field label="Name" value="" limit={10} onValueChange={vi.fn()} />);
    expect(screen.getByLabelText('Name')).toHaveAttribute('maxLength', String(maxUnits(10)));
  });

  it('has no cap without a limit', () => {
    render(<Field label="Name" value="" onValueChange={vi.fn()} />);
    expect(screen.getByLabelText('Name')).not.toHaveAttribute('maxLength');
  });

  it('reports the typed text to onValueChange and the event to onChange', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const onChange = vi.fn();
    render(
      <Field label="Name" defaultValue="" onChange={onChange} onValueChange={onValueChange} />,
    );
    await user.type(screen.getByLabelText('Name'), 'Bo');
    expect(onValueChange).toHaveBeenLastCalledWith('Bo');
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('still takes a plain onChange alone', () => {
    const onChange = vi.fn();
    render(<Field label="Name" value="" onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'x' } });
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
