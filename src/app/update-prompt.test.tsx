import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';

import { holdUnsavedWork } from '@/components';
import { createI18n } from '@/i18n';

import { resetUnloadGuardForTests } from './unload-guard';
import { UpdatePrompt } from './update-prompt';

const sw = vi.hoisted(() => ({
  updateServiceWorker: vi.fn(() => Promise.resolve()),
  update: vi.fn(() => Promise.resolve()),
}));

vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: (options?: {
    onRegisteredSW?: (url: string, registration: { update: () => Promise<void> }) => void;
  }) => {
    options?.onRegisteredSW?.('/sw.js', { update: sw.update });
    return {
      needRefresh: [true, () => undefined],
      offlineReady: [false, () => undefined],
      updateServiceWorker: sw.updateServiceWorker,
    };
  },
}));

function renderPrompt(locale: 'da' | 'en' = 'en') {
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <UpdatePrompt />
    </I18nextProvider>,
  );
}

describe('the update prompt', () => {
  afterEach(() => {
    sw.updateServiceWorker.mockClear();
    resetUnloadGuardForTests();
  });

  it('updates at once when nothing is unsaved', async () => {
    renderPrompt();
    await userEvent.click(screen.getByRole('button', { name: 'Update now' }));
    expect(sw.updateServiceWorker).toHaveBeenCalledWith(true);
  });

  it('asks first while work is unsaved or running, and waits when told to', async () => {
    const release = holdUnsavedWork();
    renderPrompt();
    await userEvent.click(screen.getByRole('button', { name: 'Update now' }));

    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(/If you update now, it will be lost/);
    await userEvent.click(screen.getByRole('button', { name: 'Wait' }));
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Update now' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Update now' }));
    await userEvent.click(screen.getByRole('button', { name: 'Update anyway' }));
    expect(sw.updateServiceWorker).toHaveBeenCalledWith(true);
    release();
  });

  it('asks in Danish too', async () => {
    const release = holdUnsavedWork();
    renderPrompt('da');
    await userEvent.click(screen.getByRole('button', { name: 'Opdatér nu' }));
    expect(screen.getByRole('button', { name: 'Opdatér alligevel' })).toBeInTheDocument();
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
    release();
  });
});
