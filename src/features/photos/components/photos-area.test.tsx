import { configure, screen, within } from '@testing-library/react';

import { addPhotos, db } from '@/db';
import { withFreshDatabase } from '@/testing/db-helpers';
import { withFakeLayout } from '@/testing/fake-layout';
import { makeBook, makePhoto } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

withFreshDatabase();
// The area is a lazy route that decrypts every thumbnail: on a busy machine it takes seconds.
configure({ asyncUtilTimeout: 10_000 });

withFakeLayout();
let urls = 0;
beforeAll(() => {
  // jsdom has no object URLs; the picture's bytes are not what this test looks at.
  URL.createObjectURL = () => `blob:test-${String((urls += 1))}`;
  URL.revokeObjectURL = () => undefined;
});

/** Flips one byte in the middle of a stored photo part's ciphertext. */
async function damage(photoId: string, role: 'original' | 'thumb'): Promise<void> {
  const row = await db().blobs.get(`${photoId}:${role}`);
  if (!row) throw new Error(`no ${role} for ${photoId}`);
  const bytes = new Uint8Array(await row.ct.arrayBuffer());
  const middle = Math.floor(bytes.length / 2);
  bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
  await db().blobs.put({ ...row, ct: new Blob([bytes]) });
}

describe('the photos area, with one photo’s stored bytes damaged', () => {
  it('marks that photo as damaged and shows every other one', async () => {
    const book = await makeBook();
    const made = await Promise.all(
      ['Beach', 'Bike', 'Cake'].map((caption, i) =>
        makePhoto(book.id, { caption, takenAt: { year: 2020, month: i + 1 } }),
      ),
    );
    await addPhotos(
      book.id,
      made.map((m) => m.item),
    );
    const [beach, bike] = made.map((m) => m.item.photo);
    await damage(beach?.id ?? '', 'thumb');
    await damage(bike?.id ?? '', 'original');

    const { user } = renderApp(`/book/${book.id}/photos`);
    const hurt = await screen.findByRole('button', { name: 'Beach (damaged, cannot be shown)' });
    expect(within(hurt).getByText('Damaged')).toBeInTheDocument();
    // The others show their pictures.
    expect(await screen.findByRole('img', { name: 'Bike' })).toHaveAttribute('src');
    expect(screen.getByRole('img', { name: 'Cake' })).toHaveAttribute('src');

    // A photo whose picture is damaged still opens: its words can be read and changed.
    await user.click(screen.getByRole('button', { name: 'Bike' }));
    const dialog = await screen.findByRole('dialog');
    expect(
      await within(dialog).findByText(
        'The photo is damaged and cannot be shown. The rest of the book is fine.',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByLabelText('In your own words: what is happening in the photo?'),
    ).toHaveValue('Bike');
    expect(
      within(dialog).queryByRole('link', { name: 'Save a copy of the photo' }),
    ).not.toBeInTheDocument();
  });
});
