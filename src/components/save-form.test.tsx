import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { SaveForm, type SaveFormProps } from './save-form';

function renderForm(props: Partial<SaveFormProps>) {
  const onSave = vi.fn(() => Promise.resolve());
  const view = render(
    <SaveForm
      className="test-form"
      onSave={onSave}
      busy={false}
      saveLabel="Gem"
      status={null}
      {...props}
    >
      <label>
        Navn
        <input />
      </label>
    </SaveForm>,
  );
  return { onSave, ...view };
}

describe('SaveForm', () => {
  it('saves on the button and on Enter in a field, and says nothing before', async () => {
    const user = userEvent.setup();
    const { onSave, container } = renderForm({});
    expect(container.querySelector('form')).toHaveClass('test-form');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Ida{Enter}');
    expect(onSave).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not save again while busy', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm({ busy: true });
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('says under the button how the save went', () => {
    const { rerender } = renderForm({ status: { tone: 'success', text: 'Gemt.' } });
    expect(screen.getByRole('status')).toHaveTextContent('Gemt.');
    rerender(
      <SaveForm
        className="test-form"
        onSave={vi.fn()}
        busy={false}
        saveLabel="Gem"
        status={{ tone: 'error', text: 'Disken er fuld.' }}
      >
        {null}
      </SaveForm>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Disken er fuld.');
  });
});
