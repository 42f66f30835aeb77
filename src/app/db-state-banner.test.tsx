import { act, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { I18nextProvider } from 'react-i18next';

import { holdUnsavedWork } from '@/components';
import { getDbState, openDatabase } from '@/db';
import { DB_NAME, SCHEMA_V1, SCHEMA_VERSION } from '@/db';
import { createI18n } from '@/i18n';
import { withFreshDatabase } from '@/testing/db-helpers';

import { DbStateBanner } from './db-state-banner';

withFreshDatabase();

/** Opens the database the way a newer build would, which takes it away from this tab. */
async function newerBuildOpens(): Promise<Dexie> {
  const newer = new Dexie(DB_NAME);
  newer.version(SCHEMA_VERSION + 1).stores(SCHEMA_V1);
  await act(async () => {
    // Would never resolve if this tab kept its connection open.
    await newer.open();
  });
  return newer;
}

function renderBanner(reload: () => void) {
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <DbStateBanner reload={reload} />
    </I18nextProvider>,
  );
}

describe('the database banner, when a newer build opens the database in another tab', () => {
  let newer: Dexie | undefined;
  afterEach(() => {
    newer?.close();
    newer = undefined;
  });

  it('reloads the tab at once when nothing unsaved would be lost', async () => {
    await openDatabase();
    const reload = vi.fn();
    renderBanner(reload);
    newer = await newerBuildOpens();

    expect(getDbState()).toBe('replaced');
    expect(reload).toHaveBeenCalledTimes(1);
    expect(
      screen.getByText('Livsbog was updated in another window. Reloading the page …'),
    ).toBeInTheDocument();
  });

  it('asks first when something is not saved, and reloads when told to', async () => {
    await openDatabase();
    const reload = vi.fn();
    const release = holdUnsavedWork();
    try {
      renderBanner(reload);
      newer = await newerBuildOpens();

      expect(
        await screen.findByText(/What you have not saved yet cannot be saved here/),
      ).toBeInTheDocument();
      expect(reload).not.toHaveBeenCalled();
      await userEvent.setup().click(screen.getByRole('button', { name: 'Reload' }));
      expect(reload).toHaveBeenCalledTimes(1);
    } finally {
      release();
    }
  });

  it('says nothing while the database is this build’s own', async () => {
    await openDatabase();
    const reload = vi.fn();
    renderBanner(reload);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(reload).not.toHaveBeenCalled();
  });
});
