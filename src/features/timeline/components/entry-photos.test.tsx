import { configure, screen, within } from '@testing-library/react';

import { listEntries } from '@/db';
import { addPhotos } from '@/db';
import type { Photo } from '@/domain';
import type { ImportSummary } from '@/media';
import { withFreshDatabase } from '@/testing/db-helpers';
import { renderRoute } from '@/testing/render-route';
import { makeBook, makePhoto } from '@/testing/factories';

import { TimelineArea } from './timeline-area';

const imported: { files: string[]; result?: ImportSummary } = { files: [] };

// The real import decodes pictures in workers; here it only has to answer like it.
vi.mock('@/media/import-photos', () => ({
  importPhotos: (_bookId: string, files: File[]) => {
    imported.files = files.map((f) => f.name);
    return Promise.resolve(imported.result);
  },
}));

withFreshDatabase();
configure({ asyncUtilTimeout: 10_000 });

/** The timeline area at a route, in English, as the book's layout mounts it. */
function renderTimeline(path: string) {
  return renderRoute('/book/:bookId/timeline/*', <TimelineArea />, path);
}

describe('photos in the entry editor', { timeout: 60_000 }, () => {
  it('picks photos from the book and shows them on the entry', async () => {
    const book = await makeBook();
    const { item } = await makePhoto(book.id, { caption: 'At the playground' });
    await addPhotos(book.id, [item]);
    const { user } = renderTimeline(`/book/${book.id}/timeline/new?kind=memory`);
    await user.type(await screen.findByLabelText('Title'), 'Playground');
    await user.click(screen.getByRole('button', { name: 'Choose photos from the book' }));
    await user.click(await screen.findByRole('checkbox', { name: 'At the playground' }));
    expect(screen.getByText('1 photo chosen')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const photos = await screen.findByRole('region', { name: 'Photos' });
    expect(within(photos).getByRole('img', { name: 'At the playground' })).toBeInTheDocument();
    expect((await listEntries(book.id)).items[0]?.photoIds).toEqual([item.photo.id]);
  });

  it('adds new photos from the device through the photo import and ticks them', async () => {
    const book = await makeBook();
    const { item } = await makePhoto(book.id);
    const added: Photo = item.photo;
    imported.result = {
      added: [added],
      duplicates: [],
      failed: [{ name: 'notes.txt', reason: 'not-an-image' }],
      cancelled: false,
    };
    const { user } = renderTimeline(`/book/${book.id}/timeline/new?kind=memory`);
    await user.type(await screen.findByLabelText('Title'), 'New photos');
    await user.upload(screen.getByLabelText(/Add new photos/), [
      new File(['x'], 'beach.jpg', { type: 'image/jpeg' }),
    ]);
    expect(await screen.findByText('1 new photo was saved and chosen.')).toBeInTheDocument();
    expect(screen.getByText(/notes\.txt \(The file is not a picture\.\)/)).toBeInTheDocument();
    expect(imported.files).toEqual(['beach.jpg']);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: /New photos/, level: 1 });
    expect((await listEntries(book.id)).items[0]?.photoIds).toEqual([added.id]);
  });
});
