import { screen, within } from '@testing-library/react';

import { emojiPictureUrl } from '@/components';
import { addPhotos, readDetails, updateDetails } from '@/db';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook, makePhoto } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

withFreshDatabase();

// jsdom has no object URLs; the picture's bytes are not what these tests look at.
beforeAll(() => {
  URL.createObjectURL = () => 'blob:test-photo';
  URL.revokeObjectURL = () => undefined;
});

const yearsAgo = (n: number) => {
  const d = new Date();
  return { year: d.getFullYear() - n, month: d.getMonth() + 1, day: d.getDate() };
};

describe('"Me now" as the cover of the book', () => {
  it("shows the child's name, age and photo, and four tiles to the parts of the book", async () => {
    const book = await makeBook({
      cover: { nickname: 'Maja' },
      details: { birthDate: yearsAgo(8) },
    });
    const { item } = await makePhoto(book.id);
    await addPhotos(book.id, [item]);
    const { meNow } = await readDetails(book.id);
    await updateDetails(book.id, { meNow: { ...meNow, photoId: item.photo.id } });

    renderApp(`/book/${book.id}`);
    const cover = await screen.findByRole('region', { name: 'Me now' });
    expect(within(cover).getByRole('heading', { level: 1, name: 'Me now' })).toBeInTheDocument();
    expect(within(cover).getByText('Maja')).toBeInTheDocument();
    expect(within(cover).getByText('8 years old')).toBeInTheDocument();
    expect(
      await within(cover).findByRole('img', { name: 'Photo of Maja now' }),
    ).toBeInTheDocument();

    const parts = within(cover).getByRole('navigation', { name: 'The parts of the book' });
    const tiles = within(parts).getAllByRole('link');
    expect(tiles.map((a) => a.getAttribute('href'))).toEqual([
      `/book/${book.id}/timeline`,
      `/book/${book.id}/people`,
      `/book/${book.id}/photos`,
      `/book/${book.id}/people/map`,
    ]);
    expect(within(parts).getByRole('link', { name: /^Timeline/ })).toBeInTheDocument();
    expect(within(parts).getByRole('link', { name: /^People/ })).toBeInTheDocument();
    expect(within(parts).getByRole('link', { name: 'Photos 1 photo' })).toBeInTheDocument();
    expect(within(parts).getByRole('link', { name: /^Network map/ })).toBeInTheDocument();
  });

  it('counts drawings as pictures, and voice notes, videos and papers as other memories', async () => {
    const book = await makeBook({ cover: { nickname: 'Ida' } });
    const made = await Promise.all([makePhoto(book.id), makePhoto(book.id), makePhoto(book.id)]);
    const [photo, drawing, voice] = made.map((m) => m.item);
    if (!photo || !drawing || !voice) throw new Error('three items');
    drawing.photo.kind = 'drawing';
    voice.photo.kind = 'voice';
    await addPhotos(book.id, [photo, drawing, voice]);
    renderApp(`/book/${book.id}`);
    const parts = await screen.findByRole('navigation', { name: 'The parts of the book' });
    expect(
      await within(parts).findByRole('link', { name: 'Photos 2 photos, 1 other memory' }),
    ).toBeInTheDocument();
  });

  it('counts what is in each part, with the right plural, and leads there', async () => {
    const book = await makeBook({ cover: { nickname: 'Ali' } });
    const { user } = renderApp(`/book/${book.id}`);
    const parts = await screen.findByRole('navigation', { name: 'The parts of the book' });
    expect(within(parts).getByRole('link', { name: 'Timeline 0 things' })).toBeInTheDocument();
    expect(within(parts).getByRole('link', { name: 'People 0 people' })).toBeInTheDocument();
    await user.click(within(parts).getByRole('link', { name: /^Timeline/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /Timeline/ })).toBeInTheDocument();
  });

  it('shows the book picture where no photo is chosen yet, and no age when the birthday is unknown', async () => {
    const book = await makeBook({ cover: { nickname: 'Sam', emoji: '🦊' } });
    renderApp(`/book/${book.id}`);
    const cover = await screen.findByRole('region', { name: 'Me now' });
    // The fox is drawn from its bundled picture, the same on every device.
    const fox = cover.querySelector('.me-cover-placeholder img');
    expect(fox).toHaveAttribute('src', emojiPictureUrl('🦊'));
    expect(fox).toHaveAttribute('alt', '');
    expect(within(cover).queryByText(/years? old/)).not.toBeInTheDocument();
    expect(within(cover).getByText('Choose a photo')).toBeInTheDocument();
  });
});
