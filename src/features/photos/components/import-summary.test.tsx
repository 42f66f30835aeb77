import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';

import type { Locale } from '@/domain';
import { createI18n } from '@/i18n';
import type { ImportSummary as Summary } from '@/media';

import { ImportSummary } from './import-summary';

function renderSummary(summary: Summary, locale: Locale = 'en') {
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <ImportSummary summary={summary} onDismiss={() => undefined} />
    </I18nextProvider>,
  );
}

describe('ImportSummary', () => {
  it('says once what to do when the disk filled up, besides the line for each file', () => {
    renderSummary({
      added: [],
      duplicates: [],
      failed: [
        { name: 'a.png', reason: 'storage-full' },
        { name: 'b.png', reason: 'storage-full' },
      ],
      cancelled: false,
    });
    expect(
      screen.getAllByText(
        'There is no more room on the device. Nothing was lost. Delete something you do not use and try again.',
      ),
    ).toHaveLength(1);
    expect(
      screen.getAllByText('There is no more space on this device, so the photo was not saved.'),
    ).toHaveLength(2);
  });

  it('has no such line when the disk was not the problem, and speaks Danish', () => {
    renderSummary(
      {
        added: [],
        duplicates: [],
        failed: [{ name: 'a.txt', reason: 'not-an-image' }],
        cancelled: false,
      },
      'da',
    );
    expect(screen.getByText('Filen er ikke et billede.')).toBeInTheDocument();
    expect(screen.queryByText(/Der er ikke mere plads/)).not.toBeInTheDocument();
  });
});
