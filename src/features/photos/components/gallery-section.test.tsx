import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';

import { createI18n } from '@/i18n';
import { withFakeLayout } from '@/testing/fake-layout';
import { makePhotoRecord } from '../lib/test-photos';

import { GallerySection } from './gallery-section';

withFakeLayout();

const when = { takenAt: { year: 2021, month: 5 } };
const items = [
  makePhotoRecord({ ...when, caption: 'Beach' }),
  makePhotoRecord({ ...when }),
  makePhotoRecord({ ...when, kind: 'drawing', mime: 'image/png', caption: 'My house' }),
  makePhotoRecord({ ...when, kind: 'drawing', mime: 'image/png' }),
  makePhotoRecord({
    ...when,
    kind: 'voice',
    mime: 'audio/webm',
    durationMs: 42_000,
    title: 'Gran sings',
    chunks: 1,
  }),
  makePhotoRecord({ ...when, kind: 'video', mime: 'video/mp4', durationMs: 65_000, chunks: 1 }),
  makePhotoRecord({
    ...when,
    kind: 'paper',
    mime: 'application/pdf',
    pageCount: 3,
    title: 'School report',
    givenBy: 'the school',
    thumbless: true,
    chunks: 1,
  }),
  makePhotoRecord({ ...when, kind: 'video', mime: 'video/mp4', durationMs: 5_000, hidden: true }),
];

function renderSection(list = items) {
  const onOpen = vi.fn();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <GallerySection items={list} onOpen={onOpen} />
    </I18nextProvider>,
  );
  return { onOpen, user: userEvent.setup() };
}

describe('GallerySection with every kind of memory', () => {
  it('names each tile by its kind, words and length', () => {
    renderSection();
    for (const name of [
      'Beach',
      'Photo from May 2021',
      'Drawing: My house',
      'Drawing from May 2021',
      'Sound: Gran sings, 0:42',
      'Video from May 2021, 1:05',
      'Paper: School report, 3 pages',
    ])
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    // The hidden video stays out until asked for.
    expect(screen.queryByRole('button', { name: /0:05/ })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Everything in the book 7 memories',
    );
    // Sound and a paper without a first page show their words on the tile.
    const voice = screen.getByRole('button', { name: 'Sound: Gran sings, 0:42' });
    expect(within(voice).getByText('Gran sings')).toBeInTheDocument();
    expect(within(voice).getByText('Sound · 0:42')).toBeInTheDocument();
  });

  it('filters by kind with chips that count, and opens the item', async () => {
    const { onOpen, user } = renderSection();
    const chips = screen.getByRole('group', { name: 'Show' });
    expect(
      within(chips)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['All7', 'Photos2', 'Drawings2', 'Sound1', 'Video1', 'Papers1']);
    await user.click(within(chips).getByRole('button', { name: /Drawings/ }));
    expect(within(chips).getByRole('button', { name: /Drawings/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('2 memories');
    expect(screen.queryByRole('button', { name: 'Beach' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Drawing: My house' }));
    expect(onOpen).toHaveBeenCalledWith(items[2]);

    // Showing hidden items counts them in, the hidden video among the videos.
    await user.click(screen.getByRole('checkbox', { name: 'Show hidden photos (1)' }));
    expect(within(chips).getByRole('button', { name: /Video/ })).toHaveTextContent('Video2');
  });

  it('reads as before for a book of photos only: no chips', () => {
    renderSection(items.slice(0, 2));
    expect(screen.queryByRole('group', { name: 'Show' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('All photos 2 photos');
  });

  it('finds items by title, caption or who gave them, and says when nothing matches', async () => {
    const { user } = renderSection();
    const search = screen.getByRole('searchbox', { name: 'Search the gallery' });
    await user.type(search, 'school');
    expect(
      screen.getByRole('button', { name: 'Paper: School report, 3 pages' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Beach' })).not.toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'nothing like this');
    expect(screen.getByRole('status')).toHaveTextContent('Nothing matches your search.');
  });
});
