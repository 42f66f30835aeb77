import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';

import { StorageError } from '@/db';
import type { Locale } from '@/domain';
import { createI18n } from '@/i18n';

import { ImportFailed } from './import-failed';

function renderFailed(error: unknown, locale: Locale = 'en') {
  const onRetry = vi.fn();
  const onOtherFile = vi.fn();
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <ImportFailed error={error} canRetry onRetry={onRetry} onOtherFile={onOtherFile} />
    </I18nextProvider>,
  );
  return { onRetry, onOtherFile };
}

describe('ImportFailed', () => {
  it('says why a merge with ids of another book is refused, and offers a new book, not "try again"', async () => {
    const { onRetry } = renderFailed(new StorageError('foreign-ids'));

    expect(screen.getByText(/already belong to another book on this device/)).toHaveTextContent(
      'Bring it in as a new book instead.',
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Bring it in as a new book' }));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(screen.getByText('Nothing on this device was changed.')).toBeInTheDocument();
  });

  it('says it in Danish too', () => {
    renderFailed(new StorageError('foreign-ids'), 'da');
    expect(screen.getByText(/hører til en anden bog på denne enhed/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hent den ind som en ny bog' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Prøv igen' })).not.toBeInTheDocument();
  });

  it('still offers "try again" where trying again can work', () => {
    renderFailed(new StorageError('storage-full'));
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Bring it in as a new book' }),
    ).not.toBeInTheDocument();
  });
});
