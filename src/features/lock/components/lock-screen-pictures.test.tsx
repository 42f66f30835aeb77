import { screen, waitFor, within } from '@testing-library/react';

import { getBookSummary } from '@/db';
import { withFreshDatabase } from '@/testing/db-helpers';
import { KNOWN_SENTENCE } from '@/testing/factories';
import { lockedBook, showLockScreen } from '@/testing/lock-screen';
import { renderApp } from '@/testing/render-app';

withFreshDatabase();

/** Five list words, as a child's sentence would be. */
const PICTURE_SENTENCE = 'hest pizza regnbue raket nøgle';

/** Taps the pictures of `words` (their English names), each under its tab. */
async function tapPictures(
  user: ReturnType<typeof renderApp>['user'],
  pictures: readonly (readonly [tab: string, name: string])[],
) {
  for (const [tab, name] of pictures) {
    await user.click(screen.getByRole('tab', { name: tab }));
    await user.click(screen.getByRole('button', { name }));
  }
}

const RIGHT = [
  ['Animals', 'horse'],
  ['Food', 'pizza'],
  ['Nature', 'rainbow'],
  ['Vehicles', 'rocket'],
  ['Things', 'key'],
] as const;

describe('the lock screen with pictures', () => {
  it('asks a young book for pictures, and opens it with the right five', async () => {
    const book = await lockedBook({
      cover: { nickname: 'Maja', ageMode: 'young' },
      sentence: PICTURE_SENTENCE,
    });
    const { user } = await showLockScreen(`/book/${book.id}`);
    expect(screen.getByRole('button', { name: /Pictures/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.queryByLabelText('Your secret sentence')).not.toBeInTheDocument();
    const open = screen.getByRole('button', { name: /Open the book/ });
    expect(open).toBeDisabled();

    await tapPictures(user, RIGHT);
    const chosen = screen.getByRole('list', { name: 'Your pictures' });
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['🐎horse', '🍕pizza', '🌈rainbow', '🚀rocket', '🔑key']);
    await user.click(open);
    expect(await screen.findByRole('heading', { name: 'Me now' })).toBeInTheDocument();
  });

  it('says a wrong sequence is wrong and clears it; undo fixes a slip before opening', async () => {
    const book = await lockedBook({
      cover: { nickname: 'Maja', ageMode: 'young' },
      sentence: PICTURE_SENTENCE,
    });
    const { user } = await showLockScreen(`/book/${book.id}`);
    await tapPictures(user, [...RIGHT.slice(0, 4), ['Animals', 'cat']]);
    await user.click(screen.getByRole('button', { name: /Open the book/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That was not the right sentence. Try again.',
    );
    const chosen = screen.getByRole('list', { name: 'Your pictures' });
    expect(within(chosen).queryAllByRole('listitem')).toHaveLength(0);

    await tapPictures(user, [...RIGHT.slice(0, 4), ['Animals', 'cat']]);
    await user.click(screen.getByRole('button', { name: 'Remove the last picture' }));
    await tapPictures(user, RIGHT.slice(4));
    await user.click(screen.getByRole('button', { name: /Open the book/ }));
    expect(await screen.findByRole('heading', { name: 'Me now' })).toBeInTheDocument();
  });

  it('switches between pictures and typing, and remembers pictures for a book that opened so', async () => {
    const book = await lockedBook({ sentence: PICTURE_SENTENCE });
    const { user } = await showLockScreen(`/book/${book.id}`);
    // Not young: typing first.
    expect(screen.getByLabelText('Your secret sentence')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Pictures/ }));
    expect(screen.queryByLabelText('Your secret sentence')).not.toBeInTheDocument();
    expect(
      screen.getByRole('group', { name: 'Pictures for your secret sentence' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Typing/ }));
    expect(screen.getByLabelText('Your secret sentence')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Pictures/ }));

    await tapPictures(user, RIGHT);
    await user.click(screen.getByRole('button', { name: /Open the book/ }));
    await screen.findByRole('heading', { name: 'Me now' });
    await waitFor(async () => {
      expect((await getBookSummary(book.id))?.cover.secretInput).toBe('pictures');
    });
  });

  it('still opens by typing and by the recovery code', async () => {
    const book = await lockedBook({ cover: { nickname: 'Maja', ageMode: 'young' } });
    const { user } = await showLockScreen(`/book/${book.id}`);
    await user.click(screen.getByRole('button', { name: /Typing/ }));
    await user.type(screen.getByLabelText('Your secret sentence'), KNOWN_SENTENCE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('heading', { name: 'Me now' })).toBeInTheDocument();
    await waitFor(async () => {
      expect((await getBookSummary(book.id))?.cover.secretInput).toBe('typing');
    });
  });
});
