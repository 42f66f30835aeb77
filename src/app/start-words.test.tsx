import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';

import { createAppI18n } from '@/i18n';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook } from '@/testing/factories';

import { App } from './app';

withFreshDatabase();

/**
 * The first load holds only the start page's words (i18n/locales/start.ts); every other word
 * comes with the first other page. A key the start page uses beyond them would show as a key.
 */
async function renderShelf(): Promise<string[]> {
  window.history.replaceState(null, '', '/');
  localStorage.clear();
  const missing: string[] = [];
  const i18n = await createAppI18n('da');
  i18n.options.saveMissing = true;
  i18n.options.missingKeyHandler = (_lngs, _ns, key) => {
    missing.push(key);
  };
  render(
    <MemoryRouter initialEntries={['/']}>
      <App i18n={i18n} />
    </MemoryRouter>,
  );
  return missing;
}

describe('the start page in Danish, with the first load’s words only', () => {
  it('an empty shelf finds every word it shows', async () => {
    const missing = await renderShelf();
    await screen.findByRole('heading', { level: 1, name: 'Livsbog' });
    await screen.findByRole('link', { name: 'Lav en ny bog' });
    expect(missing).toEqual([]);
  });

  it('a shelf with books and the sample book finds every word it shows', async () => {
    await makeBook({ cover: { nickname: 'Alma' } });
    await makeBook({ cover: { nickname: 'Eksempel', sample: true } });
    const missing = await renderShelf();
    await screen.findByRole('link', { name: 'Åbn bogen: Alma' });
    await screen.findByRole('button', { name: 'Åbn eksempelbogen' });
    expect(missing).toEqual([]);
  });
});
