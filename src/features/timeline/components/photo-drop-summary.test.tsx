import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';

import { createI18n } from '@/i18n';
import type { ImportSummary } from '@/media/import-photos';
import { makeMediaItem } from '@/testing/factories';

import { PhotoDropSummary } from './photo-drop-summary';

const photo = () => makeMediaItem('b1', { kind: 'photo', mime: 'image/jpeg' });

function renderSummary(summary: Partial<ImportSummary>) {
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <PhotoDropSummary
        summary={{ added: [], duplicates: [], failed: [], cancelled: false, ...summary }}
      />
    </I18nextProvider>,
  );
}

describe('PhotoDropSummary', () => {
  it('says what was added, what was there already and what failed, in that order', () => {
    renderSummary({
      added: [photo(), photo()],
      duplicates: [photo()],
      failed: [{ name: 'scan.bmp', reason: 'unsupported-type' }],
    });
    const texts = screen.getAllByRole('status').map((n) => n.textContent);
    expect(texts).toEqual([
      '2 new photos were saved and chosen.',
      '1 photo was already in the book and is chosen.',
      'Could not be used: scan.bmp (Livsbog cannot keep this kind of picture. Save it as JPEG or PNG.)',
    ]);
    expect(screen.getByText(/^Could not be used/).closest('.notice')).toHaveClass('notice-warning');
  });

  it('leaves out the parts with nothing in them', () => {
    renderSummary({ duplicates: [photo()] });
    const [only, ...rest] = screen.getAllByRole('status');
    expect(rest).toEqual([]);
    expect(only).toHaveClass('notice-info');
    expect(only).toHaveTextContent('1 photo was already in the book and is chosen.');
  });
});
