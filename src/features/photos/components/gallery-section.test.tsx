import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';

import type { Person, Photo } from '@/domain';
import { createI18n } from '@/i18n';
import { withFakeLayout } from '@/testing/fake-layout';
import { useGallerySearch } from '../hooks/use-gallery-search';
import { makePhotoRecord } from '../lib/test-photos';

import { GallerySearchToggle } from './gallery-search-toggle';
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

const noah = { id: 'person-noah', name: 'Noah' } as Person;
const gone = { id: 'person-gone', name: 'Gone', deletedAt: '2026-01-01T00:00:00.000Z' } as Person;

/** The section with "Search" before it, as the photos area puts it at the end of its row. */
function Gallery({ list, onOpen }: { list: Photo[]; onOpen: (p: Photo) => void }) {
  const search = useGallerySearch();
  return (
    <>
      <GallerySearchToggle search={search} />
      <GallerySection items={list} onOpen={onOpen} search={search} people={[noah, gone]} />
    </>
  );
}

function renderSection(list = items) {
  const onOpen = vi.fn();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <Gallery list={list} onOpen={onOpen} />
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
    await user.click(screen.getByRole('button', { name: 'Search', expanded: false }));
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

  it('opens the search from its toggle, focus in the field; Escape closes it and returns focus', async () => {
    const { user } = renderSection();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Search' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    const field = screen.getByRole('searchbox', { name: 'Search the gallery' });
    expect(field).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAttribute('aria-controls', field.closest('.gallery-search')?.id);
    await user.keyboard('gran');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('1 memory');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // The words go with the field: nothing stays filtered out of sight.
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('7 memories');
    await user.click(toggle);
    expect(screen.getByRole('searchbox', { name: 'Search the gallery' })).toHaveValue('');
    // Pressed again, the toggle closes the field too.
    await user.click(toggle);
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });

  it('searches a book of photos only too, by the names of the people on a photo', async () => {
    const photos = [
      makePhotoRecord({ ...when, caption: 'Summer', personIds: [noah.id] }),
      makePhotoRecord({ ...when, caption: 'Snow', personIds: [gone.id] }),
      makePhotoRecord({ ...when, caption: 'Cake' }),
    ];
    const { user } = renderSection(photos);
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await user.keyboard('noah');
    expect(screen.getByRole('button', { name: 'Summer' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cake' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('All photos 1 photo');
    // Someone deleted from the book no longer finds the photos they were on.
    await user.clear(screen.getByRole('searchbox'));
    await user.keyboard('gone');
    expect(screen.getByRole('status')).toHaveTextContent('Nothing matches your search.');
  });
});
