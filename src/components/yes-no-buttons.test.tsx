import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { YesNoButtons } from './yes-no-buttons';

function renderAnswers(busy?: boolean) {
  const onYes = vi.fn();
  const onNo = vi.fn();
  render(
    <YesNoButtons
      yes="Yes, delete it"
      no="No"
      onYes={onYes}
      onNo={onNo}
      busy={busy}
      noClassName="safe"
    />,
  );
  return { onYes, onNo, user: userEvent.setup() };
}

describe('the yes and no answers', () => {
  it('puts the yes first in the danger colour and the safe no after it', async () => {
    const { onYes, onNo, user } = renderAnswers();
    const [yes, no] = screen.getAllByRole('button');
    expect(yes).toHaveAccessibleName('Yes, delete it');
    expect(yes).toHaveClass('btn-danger');
    expect(no).toHaveAccessibleName('No');
    expect(no).toHaveClass('btn-secondary', 'safe');

    await user.click(screen.getByRole('button', { name: 'No' }));
    expect(onNo).toHaveBeenCalledTimes(1);
    expect(onYes).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(onYes).toHaveBeenCalledTimes(1);
  });

  it('does not start the yes twice while it runs, and the no still answers', async () => {
    const { onYes, onNo, user } = renderAnswers(true);
    const yes = screen.getByRole('button', { name: 'Yes, delete it' });
    expect(yes).toHaveAttribute('aria-busy', 'true');
    await user.click(yes);
    expect(onYes).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'No' }));
    expect(onNo).toHaveBeenCalledTimes(1);
  });
});
