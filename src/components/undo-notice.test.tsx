import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';

import { StorageError } from '@/db';
import { createI18n } from '@/i18n';
import { deferred } from '@/testing/deferred';

import { UndoNotice } from './undo-notice';

function renderNotice(onUndo: () => Promise<void>) {
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <UndoNotice text="“Beach” is in the bin." undoneText="“Beach” is back." onUndo={onUndo} />
    </I18nextProvider>,
  );
  return userEvent.setup();
}

describe('the undo notice', () => {
  it('says what happened, is busy while undoing, then says it is undone', async () => {
    const running = deferred();
    const onUndo = vi.fn(() => running.promise);
    const user = renderNotice(onUndo);
    expect(screen.getByRole('status')).toHaveTextContent('“Beach” is in the bin.');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-busy', 'true');
    running.resolve();

    expect(await screen.findByText('“Beach” is back.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(onUndo).toHaveBeenCalledTimes(1);
  });

  it('shows a failed undo as a translated error', async () => {
    const user = renderNotice(() => Promise.reject(new StorageError('book-locked')));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The book is locked. Unlock it and try again.',
    );
    expect(screen.queryByText('“Beach” is back.')).toBeNull();
  });
});
