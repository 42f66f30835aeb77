import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';

import { createI18n } from '@/i18n';

import { PhotoImport } from './photo-import';

function renderImport(lang: 'da' | 'en' = 'en') {
  render(
    <I18nextProvider i18n={createI18n(lang)}>
      <PhotoImport
        bookId="book"
        extra={
          <button type="button" className="btn btn-secondary">
            End of the row
          </button>
        }
      />
    </I18nextProvider>,
  );
  return userEvent.setup();
}

/** The buttons of the row the import's heading names, in order. */
function rowNames(): string[] {
  const section = screen.getByRole('region', { name: /Add photos|Læg billeder ind/ });
  const row = within(section).getByRole('button', {
    name: /Choose photos|Vælg billeder/,
  }).parentElement;
  if (!row) throw new Error('no row');
  return within(row)
    .getAllByRole('button')
    .map((b) => b.textContent);
}

describe('PhotoImport', () => {
  it('offers every way in as one row: photos, a folder, the camera, a paper, a drawing', () => {
    renderImport();
    expect(rowNames()).toEqual([
      'Choose photos',
      'Choose a folder',
      'Take a photo',
      'Add a paper',
      'Draw',
      'End of the row',
    ]);
  });

  it('says it in Danish too', () => {
    renderImport('da');
    expect(rowNames()).toEqual([
      'Vælg billeder',
      'Vælg en mappe',
      'Tag et billede',
      'Tilføj et papir',
      'Tegn',
      'End of the row',
    ]);
  });

  it('opens the paper form below the row from its button, and closes it again', async () => {
    const user = renderImport();
    const paper = screen.getByRole('button', { name: 'Add a paper' });
    expect(paper).toHaveAttribute('aria-expanded', 'false');
    await user.click(paper);
    expect(paper).toHaveAttribute('aria-expanded', 'true');
    const form = screen.getByRole('region', { name: 'Add a paper' });
    expect(within(form).getByRole('textbox', { name: /Title/ })).toBeInTheDocument();
    expect(
      within(form).getByRole('textbox', { name: 'Who gave it to you?' }),
    ).toHaveAccessibleDescription('For example "mum", "the school" or "Anne from the council".');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Add a paper' })).not.toBeInTheDocument();
    expect(paper).toHaveAttribute('aria-expanded', 'false');
    await user.click(paper);
    await user.click(paper);
    expect(screen.queryByRole('region', { name: 'Add a paper' })).not.toBeInTheDocument();
  });
});
