import { screen, within } from '@testing-library/react';

import {
  db,
  getBookSummary,
  listBooks,
  listRecords,
  lockBook,
  putRecords,
  unlockBySentence,
} from '@/db';
import { withFreshDatabase } from '@/testing/db-helpers';
import { entryWrite, KNOWN_SENTENCE, makeBook, makeEntry } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

withFreshDatabase();

async function openSettings(nickname = 'Alma', alsoStore?: (bookId: string) => Promise<void>) {
  const book = await makeBook({ cover: { nickname } });
  // Stored before rendering, so live queries settle before the test starts acting.
  await alsoStore?.(book.id);
  const rendered = renderApp(`/book/${book.id}/settings`);
  await screen.findByRole('heading', { name: 'Settings', level: 1 });
  // The storage section fills in once the browser has answered.
  await screen.findByRole('heading', { name: 'Storage on the device' });
  return { book, ...rendered };
}

describe('the settings page', () => {
  it('offers no "remember on this device" and says why the secret is needed on every start', async () => {
    await openSettings('Alma');
    const section = within(screen.getByRole('region', { name: 'Lock' }));
    expect(section.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(
      section.getByText(/^Livsbog does not remember the book on this device/),
    ).toBeInTheDocument();
    expect(await db().devices.count()).toBe(0);
  });

  it('renames the book and shows the new name in the book header', async () => {
    const { book, user, unmount } = await openSettings('Alma');
    const keyringBefore = (await db().books.get(book.id))?.keyring;
    const section = within(screen.getByRole('region', { name: 'The book' }));

    const name = section.getByLabelText("The book's name");
    await user.clear(name);
    await user.type(name, '  Alma   Sofie ');
    await user.click(section.getByRole('button', { name: 'Save' }));

    expect(await section.findByRole('status')).toHaveTextContent('The name is saved.');
    expect(await screen.findByText('Alma Sofie')).toBeInTheDocument();
    expect(screen.queryByText('Alma')).not.toBeInTheDocument();
    unmount();

    expect((await getBookSummary(book.id))?.cover.nickname).toBe('Alma Sofie');
    expect((await db().books.get(book.id))?.keyring).toEqual(keyringBefore);
    lockBook(book.id);
    await unlockBySentence(book.id, KNOWN_SENTENCE);
  });

  it('refuses an empty name', async () => {
    const { book, user } = await openSettings('Alma');
    const section = within(screen.getByRole('region', { name: 'The book' }));

    await user.clear(section.getByLabelText("The book's name"));
    await user.click(section.getByRole('button', { name: 'Save' }));

    expect(section.getByRole('alert')).toHaveTextContent('Write a name for the book.');
    expect((await getBookSummary(book.id))?.cover.nickname).toBe('Alma');
  });

  it('deletes the book only when its name is typed', async () => {
    const other = await makeBook({ cover: { nickname: 'Noah' } });
    const { book, user } = await openSettings('Alma', async (id) => {
      await putRecords('entries', id, [entryWrite(makeEntry(id))]);
    });
    const section = within(screen.getByRole('region', { name: 'Delete the book' }));
    // Before deleting, the section offers the moving pack, so nothing has to be lost.
    expect(
      section.getByText('Before you delete: make a moving pack, so you keep everything.'),
    ).toBeInTheDocument();
    expect(section.getByRole('link', { name: 'Make a moving pack' })).toHaveAttribute(
      'href',
      `/book/${book.id}/moving-pack`,
    );
    const confirm = section.getByLabelText("Type the book's name (Alma) to confirm");
    const remove = section.getByRole('button', { name: 'Delete the book for ever' });

    await user.type(confirm, 'Alna');
    await user.click(remove);
    expect(await section.findByRole('alert')).toHaveTextContent(
      'The name does not match. The book was not deleted.',
    );
    expect((await listBooks()).map((b) => b.id).sort()).toEqual([book.id, other.id].sort());
    expect((await listRecords('entries', book.id)).items).toHaveLength(1);

    await user.clear(confirm);
    await user.type(confirm, 'Alma');
    await user.click(remove);

    // Back on the shelf, where only the other book is left.
    expect(
      await screen.findByRole('heading', { name: 'Books on this device' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Open the book: Noah' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Open the book: Alma' })).not.toBeInTheDocument();
    expect((await listBooks()).map((b) => b.id)).toEqual([other.id]);
    expect(await db().entries.where('bookId').equals(book.id).count()).toBe(0);
  });
});
