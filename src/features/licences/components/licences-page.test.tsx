import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';

import type { Locale } from '@/domain';
import { createI18n } from '@/i18n';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';
import { NoticesError, type Notices } from '../lib/notices';

import { LicencesPage } from './licences-page';

withFreshDatabase();

const notices: Notices = {
  own: 'MIT License',
  packages: [
    { name: 'dexie', version: '4.4.7', license: 'Apache-2.0', licenseText: 'Apache text' },
    {
      name: 'heic-decode',
      version: '2.1.0',
      license: 'ISC',
      repository: 'https://github.com/catdad-experiments/heic-decode',
    },
    {
      name: 'libheif-js',
      version: '1.23.2',
      license: 'LGPL-3.0',
      licenseText: 'GNU LESSER GENERAL PUBLIC LICENSE',
      shippedAs: 'vendor/libheif/libheif.js',
    },
    { name: 'react', version: '19.3.1', license: 'MIT', licenseText: 'MIT License (react)' },
  ],
};

function renderPage(load: () => Promise<Notices>, locale: Locale = 'en') {
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <LicencesPage load={load} />
    </I18nextProvider>,
  );
  return { user };
}

describe('the licences page', () => {
  it("shows Livsbog's licence, the LGPL note with the shipped file, and every package", async () => {
    const { user } = renderPage(() => Promise.resolve(notices));
    expect(screen.getByRole('heading', { level: 1, name: 'Licences' })).toBeInTheDocument();
    const own = within(screen.getByRole('region', { name: "Livsbog's own licence" }));
    expect(own.getByText(/Copyright \(c\) 2026 The Livsbog developers/)).toBeInTheDocument();

    const lgpl = within(screen.getByRole('region', { name: 'HEIC photos: libheif (LGPL)' }));
    expect(lgpl.getByRole('link', { name: 'The library: libheif.js' })).toHaveAttribute(
      'href',
      '/vendor/libheif/libheif.js',
    );
    expect(lgpl.getByRole('link', { name: 'Licence texts (LGPL and GNU GPL)' })).toHaveAttribute(
      'href',
      '/vendor/libheif/COPYING.txt',
    );

    const list = within(screen.getByRole('region', { name: 'Parts in Livsbog' }));
    expect(await list.findByText('Livsbog holds 4 parts made by others:')).toBeInTheDocument();
    const names = list.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(names).toEqual([
      'dexie 4.4.7',
      'heic-decode 2.1.0',
      'libheif-js 1.23.2',
      'react 19.3.1',
    ]);
    const libheif = within(list.getByRole('heading', { name: 'libheif-js 1.23.2' }).closest('li')!);
    expect(libheif.getByText('Licence: LGPL-3.0')).toBeInTheDocument();
    expect(
      libheif.getByRole('link', { name: 'Kept as a file of its own: vendor/libheif/libheif.js' }),
    ).toHaveAttribute('href', '/vendor/libheif/libheif.js');

    // The licence text is folded away (the e2e test opens it with the keyboard in Chromium).
    expect(list.getByText('MIT License (react)')).not.toBeVisible();
    await user.click(list.getByText('Show the licence text of react'));
    expect(list.getByText('MIT License (react)')).toBeVisible();

    // A package without a licence text says so, and links its source.
    const decode = within(list.getByRole('heading', { name: 'heic-decode 2.1.0' }).closest('li')!);
    expect(
      decode.getByText(
        'The package comes without a licence text. Its terms are those of the ISC licence.',
      ),
    ).toBeInTheDocument();
    expect(decode.getByRole('link', { name: /^Source: / })).toHaveAttribute(
      'href',
      'https://github.com/catdad-experiments/heic-decode',
    );
  });

  it('is in Danish first', async () => {
    renderPage(() => Promise.resolve(notices), 'da');
    expect(screen.getByRole('heading', { level: 1, name: 'Licenser' })).toBeInTheDocument();
    expect(
      await screen.findByText('Livsbog indeholder 4 programdele fra andre:'),
    ).toBeInTheDocument();
  });

  it('says so when the list is damaged or cannot be fetched, and tries again', async () => {
    const load = vi
      .fn<() => Promise<Notices>>()
      .mockRejectedValueOnce(new NoticesError('damaged'))
      .mockRejectedValueOnce(new NoticesError('unavailable'))
      .mockResolvedValueOnce(notices);
    const { user } = renderPage(load);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The list of licences is damaged in this version of Livsbog. Update the app.',
    );
    // The LGPL note and the shipped file do not depend on the list.
    expect(screen.getByRole('link', { name: 'The library: libheif.js' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^The list of licences could not be fetched\. Try again\./,
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Livsbog holds 4 parts made by others:')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('opens from the shelf, reading licences.json', async () => {
    const fetchMock = vi.fn<typeof fetch>(() =>
      Promise.resolve(new Response(JSON.stringify(notices), { status: 200 })),
    );
    vi.stubGlobal('fetch', fetchMock);
    try {
      const { user } = renderApp('/');
      await user.click(await screen.findByRole('link', { name: 'Licences and copyright' }));
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Licences' }),
      ).toBeInTheDocument();
      expect(await screen.findByText('libheif-js 1.23.2')).toBeInTheDocument();
      expect(fetchMock).toHaveBeenCalledWith('/licences.json');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('is linked from the settings of a book', async () => {
    const book = await makeBook({ cover: { nickname: 'Alma' } });
    renderApp(`/book/${book.id}/settings`);
    await screen.findByRole('heading', { name: 'Settings', level: 1 });
    expect(screen.getByRole('link', { name: 'Licences and copyright' })).toHaveAttribute(
      'href',
      '/licences',
    );
  });
});
