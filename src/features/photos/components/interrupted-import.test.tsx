import { act, screen } from '@testing-library/react';

import {
  addPhotos,
  beginImport,
  db,
  dismissImport,
  forgetRunningImportsForTests,
  listPhotos,
} from '@/db';
import { dumpAllStores, withFreshDatabase } from '@/testing/db-helpers';
import { makeBook, makeBookWithContent, makePhoto } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

withFreshDatabase();
afterEach(() => {
  forgetRunningImportsForTests();
});

/** An import of `total` files that stored `saved` photos before its tab died. */
async function interruptedImport(bookId: string, total: number, saved: number) {
  const running = await beginImport('photos', total, bookId);
  const photos = await Promise.all(
    Array.from({ length: saved }, (_, i) => makePhoto(bookId, {}, `interrupted-${i}`)),
  );
  if (photos.length > 0) {
    await addPhotos(
      bookId,
      photos.map((p) => p.item),
      { journal: running.id },
    );
  }
  forgetRunningImportsForTests();
  return { id: running.id, photoIds: photos.map((p) => p.item.photo.id) };
}

const TEXT = 'An import of photos was interrupted: 3 of 8 photos were saved.';

describe('an interrupted photo import', () => {
  it('removes what it saved, so the book is exactly as before, then offers the photos page', async () => {
    const book = await makeBookWithContent();
    const before = await dumpAllStores();
    await interruptedImport(book.id, 8, 3);

    const { user } = renderApp(`/book/${book.id}`);
    expect(await screen.findByText(TEXT)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove them (the book as before)' }));

    expect(
      await screen.findByText(
        'The photos of the interrupted import were removed. The book is as before.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(TEXT)).not.toBeInTheDocument();
    expect(await dumpAllStores()).toBe(before);

    await user.click(screen.getByRole('link', { name: 'Choose photos again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Photos' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose photos' })).toBeInTheDocument();
    expect(
      screen.queryByText('The photos of the interrupted import were removed.', { exact: false }),
    ).not.toBeInTheDocument();
  });

  it('keeps what it saved when the child says so', async () => {
    const book = await makeBookWithContent();
    const { id, photoIds } = await interruptedImport(book.id, 8, 3);

    const { user } = renderApp(`/book/${book.id}/photos`);
    await screen.findByText(TEXT);
    await user.click(screen.getByRole('button', { name: 'Keep them' }));
    const kept = await screen.findByText('The photos of the interrupted import were kept.');
    // The pressed button is gone: focus moved to what happened, not to the page's body.
    expect(document.activeElement).toContainElement(kept);
    expect(await db().meta.get(`import:${id}`)).toBeUndefined();
    const stored = (await listPhotos(book.id)).items.map((p) => p.id);
    expect(stored).toEqual(expect.arrayContaining(photoIds));
    expect(stored).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'Close the message' }));
    expect(
      screen.queryByText('The photos of the interrupted import were kept.'),
    ).not.toBeInTheDocument();
  });

  it('only says so when nothing was saved yet, in Danish too', async () => {
    const book = await makeBookWithContent();
    const before = await dumpAllStores();
    await interruptedImport(book.id, 1, 0);

    const { user } = renderApp(`/book/${book.id}`, 'da');
    expect(
      await screen.findByText('En import af billeder blev afbrudt: 0 af 1 billede blev gemt.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Fjern dem (bogen som før)' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(await screen.findByText('Der var ingen billeder at fjerne.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Vælg billeder igen' })).toHaveAttribute(
      'href',
      `/book/${book.id}/photos`,
    );
    expect(await dumpAllStores()).toBe(before);
  });

  it('is not shown for an import still running, nor in another book', async () => {
    const book = await makeBookWithContent();
    const other = await makeBook({ cover: { nickname: 'Other' } });
    await interruptedImport(other.id, 8, 3);
    const running = await beginImport('photos', 4, book.id);

    renderApp(`/book/${book.id}`);
    await screen.findByRole('heading', { level: 1, name: /Me now/ });
    // Let the live query answer before concluding that nothing shows.
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(screen.queryByText(/An import of photos was interrupted/)).not.toBeInTheDocument();
    await running.finish();
  });

  it('goes away when the note is handled elsewhere (another tab)', async () => {
    const book = await makeBookWithContent();
    const { id } = await interruptedImport(book.id, 8, 3);
    renderApp(`/book/${book.id}`);
    await screen.findByText(TEXT);
    await act(() => dismissImport(id));
    await vi.waitFor(() => {
      expect(screen.queryByText(TEXT)).not.toBeInTheDocument();
    });
  });
});
