import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { IconLabelButton } from './icon-label-button';

describe('IconLabelButton', () => {
  it('is named by its words, which a phone may hide, and shows its picture beside them', async () => {
    const onClick = vi.fn();
    render(
      <IconLabelButton
        icon="lock"
        label="Lås nu"
        className="lock-button"
        textClassName="lock-button-text"
        onClick={onClick}
      />,
    );
    const button = screen.getByRole('button', { name: 'Lås nu' });
    expect(button).toHaveClass('btn', 'btn-secondary', 'lock-button');
    expect(button.querySelector('svg.nav-icon-lock')).not.toBeNull();
    expect(button.querySelector('.lock-button-text')).toHaveTextContent('Lås nu');
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledOnce();
  });
});
