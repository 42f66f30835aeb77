import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';

import { addMedia, addPhotos, binPhotos, db, listPhotos } from '@/db';
import { createI18n } from '@/i18n';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook, makeMediaItem, makePhoto } from '@/testing/factories';

import { PhotoBinPage } from './photo-bin-page';

withFreshDatabase();

async function bookWithBin() {
  const book = await makeBook();
  const made = await makePhoto(book.id, { caption: 'Beach' });
  await addPhotos(book.id, [made.item]);
  const voice = await addMedia(
    book.id,
    makeMediaItem(book.id, { title: 'Song' }),
    new Blob([new Uint8Array(100)]),
  );
  await binPhotos(book.id, [made.item.photo.id, voice.id]);
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <MemoryRouter>
        <PhotoBinPage bookId={book.id} />
      </MemoryRouter>
    </I18nextProvider>,
  );
  return { book, photo: made.item.photo, voice, user: userEvent.setup() };
}

describe('the bin of every kind', () => {
  it('lists binned items of each kind with their days left, and puts one back', async () => {
    const { book, photo, user } = await bookWithBin();
    expect(await screen.findByRole('heading', { name: 'Beach' })).toBeVisible();
    expect(screen.getByRole('heading', { name: /Song/ })).toBeVisible();
    expect(screen.getAllByText(/Gone in 30 days/)).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Put back: Beach' }));

    expect(await screen.findByRole('status')).toHaveTextContent('“Beach” is back.');
    expect((await listPhotos(book.id)).items.map((p) => p.id)).toEqual([photo.id]);
  });

  it('deletes for good only after a second yes, with every piece', async () => {
    const { voice, user } = await bookWithBin();
    const label = (await screen.findByRole('heading', { name: /Song/ })).textContent;

    await user.click(screen.getByRole('button', { name: `Delete for good: ${label}` }));
    expect(await db().blobs.where('photoId').equals(voice.id).count()).toBe(1);
    const ask = screen.getByRole('group', { name: 'Delete for good' });
    await user.click(within(ask).getByRole('button', { name: 'Yes, delete for good' }));

    expect(await screen.findByRole('status')).toHaveTextContent('is deleted for good');
    expect(await db().blobs.where('photoId').equals(voice.id).count()).toBe(0);
    expect(await db().photos.get(voice.id)).toBeUndefined();
  });
});
