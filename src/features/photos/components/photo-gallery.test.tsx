import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';

import { createI18n } from '@/i18n';
import { withFakeLayout } from '@/testing/fake-layout';
import { makePhotoRecord } from '../lib/test-photos';

import { PhotoGallery } from './photo-gallery';

withFakeLayout();

function renderGallery(count: number) {
  const photos = Array.from({ length: count }, (_, i) =>
    makePhotoRecord({
      takenAt: { year: 2010 + Math.floor(i / 1000), month: 1 + (Math.floor(i / 100) % 12) },
      ...(i === 0 ? { caption: 'The first day at school' } : {}),
    }),
  );
  const onOpen = vi.fn();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <PhotoGallery photos={photos} onOpen={onOpen} />
    </I18nextProvider>,
  );
  return { photos, onOpen };
}

describe('PhotoGallery', () => {
  it('renders only the rows in view of 10,000 photos, under month headings', () => {
    renderGallery(10_000);
    const tiles = screen.getAllByRole('button', { name: /The first day at school|Photo from/ });
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.length).toBeLessThan(150);
    expect(screen.getByRole('heading', { level: 3, name: /January 2010/ })).toBeInTheDocument();
    const jump = screen.getByRole('navigation', { name: 'Jump to year' });
    expect(
      within(jump)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(Array.from({ length: 10 }, (_, i) => String(2010 + i)));
  });

  it('names each photo by the child’s caption, or by when it was taken, and opens it', async () => {
    const { photos, onOpen } = renderGallery(12);
    const first = screen.getByRole('button', { name: 'The first day at school' });
    expect(screen.getAllByRole('button', { name: 'Photo from January 2010' })).toHaveLength(11);
    first.click();
    expect(onOpen).toHaveBeenCalledWith(photos[0]);
    await Promise.resolve();
  });
});
