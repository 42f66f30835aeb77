import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ActionButtons } from './action-buttons';

describe('a row of actions', () => {
  it('draws each action in order, the main one first, and runs the one pressed', async () => {
    const choose = vi.fn();
    const cancel = vi.fn();
    render(
      <ActionButtons
        actions={[
          { label: 'Choose', onClick: choose },
          { label: 'Cancel', variant: 'quiet', onClick: cancel },
        ]}
      />,
    );
    const [first, second] = screen.getAllByRole('button');
    expect(first).toHaveAccessibleName('Choose');
    expect(first).toHaveClass('btn', 'btn-primary');
    expect(first).toHaveAttribute('type', 'button');
    expect(second).toHaveAccessibleName('Cancel');
    expect(second).toHaveClass('btn', 'btn-quiet');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(choose).not.toHaveBeenCalled();
  });

  it('sends its form from a submit action', async () => {
    const submit = vi.fn((e: { preventDefault: () => void }) => {
      e.preventDefault();
    });
    render(
      <form onSubmit={submit}>
        <ActionButtons actions={[{ label: 'Save', type: 'submit' }]} />
      </form>,
    );
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toHaveAttribute('type', 'submit');
    await userEvent.setup().click(save);
    expect(submit).toHaveBeenCalledTimes(1);
  });
});
