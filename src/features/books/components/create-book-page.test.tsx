import { screen, within } from '@testing-library/react';

import { listBooks, lockBook, readDetails, unlockByRecoveryCode } from '@/db';
import { isUnlocked } from '@/db';
import type { Locale } from '@/domain';
import { da } from '@/i18n';
import { en } from '@/i18n';
import { withFreshDatabase } from '@/testing/db-helpers';
import { renderApp } from '@/testing/render-app';
import { replaceText, sentenceForm, weakSentences } from '@/testing/sentence-form';

withFreshDatabase();

const NICKNAME_LABEL = 'What should the book be called? (your name or nickname)';
const REPEAT_LABEL = 'Write the sentence again, so we know you remember it';

describe('making a new book', () => {
  it('walks through cover, secret sentence and recovery code, then opens the book', async () => {
    const { user, unmount } = renderApp('/new');
    expect(await screen.findByRole('heading', { name: 'Make a new book' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'The cover' })).toBeInTheDocument();

    // Step 1: a name is needed.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write a name for the book.');
    expect(screen.getByRole('heading', { name: 'The cover' })).toBeInTheDocument();
    expect(screen.getByText('Step 1 of 3')).toBeInTheDocument();

    await user.type(screen.getByLabelText(NICKNAME_LABEL), 'Maja');
    await user.click(screen.getByRole('radio', { name: 'Owl' }));
    await user.click(screen.getByRole('radio', { name: 'Sky blue' }));
    expect(screen.getByRole('radio', { name: 'Owl' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // Step 2: the proposed words, as cards.
    expect(
      await screen.findByRole('heading', { name: 'Your secret sentence' }),
    ).toBeInTheDocument();
    const words = within(screen.getByRole('list', { name: 'Words for your sentence' }));
    expect(words.getAllByRole('listitem')).toHaveLength(5);
    const sentence = screen.getByLabelText<HTMLInputElement>('Your sentence').value;
    expect(sentence.split(' ')).toHaveLength(5);

    await user.type(screen.getByLabelText(REPEAT_LABEL), 'not the same words');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The sentences are not the same. Try again.',
    );
    expect(screen.getByRole('heading', { name: 'Your secret sentence' })).toBeInTheDocument();

    // Typed in capitals with extra spaces: still the same sentence.
    await replaceText(user, screen.getByLabelText(REPEAT_LABEL), ` ${sentence.toUpperCase()}  `);
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // Step 3: the recovery code, shown once.
    expect(await screen.findByRole('heading', { name: 'The recovery code' })).toBeInTheDocument();
    const code = screen.getByTestId('recovery-code').textContent;
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4}){6}$/);
    const open = screen.getByRole('button', { name: 'Open the book' });
    expect(open).toBeDisabled();
    await user.click(
      screen.getByRole('checkbox', {
        name: 'The code is written down or printed and kept somewhere safe',
      }),
    );
    expect(open).toBeEnabled();
    await user.click(open);

    expect(await screen.findByRole('heading', { name: 'Me now' })).toBeInTheDocument();
    unmount();

    // The book is stored, with the chosen cover, and open in this session.
    const books = await listBooks();
    expect(books).toHaveLength(1);
    const book = books[0]!;
    expect(book.cover).toMatchObject({ nickname: 'Maja', emoji: '🦉', colour: 'sky' });
    expect(isUnlocked(book.id)).toBe(true);
    await expect(readDetails(book.id)).resolves.toBeDefined();

    // The code shown is the one that opens the book.
    lockBook(book.id);
    await unlockByRecoveryCode(book.id, code);
    expect(isUnlocked(book.id)).toBe(true);
  });

  it.each<[Locale, typeof da]>([
    ['en', en],
    ['da', da],
  ])('refuses weak sentences with the reason, in %s, and stores nothing', async (locale, text) => {
    const { user } = renderApp('/new', locale);
    await user.type(await screen.findByLabelText(text.cover.nickname), 'Alma');
    await user.click(screen.getByRole('button', { name: text.app.next }));
    await screen.findByRole('heading', { name: text.create.sentenceStep });
    const form = sentenceForm(user, screen, text, text.app.next);
    for (const [sentence, reason] of weakSentences(text)) {
      await form.submit(sentence);
      expect(screen.getByRole('alert'), sentence).toHaveTextContent(reason);
      expect(form.sentenceField).toHaveAccessibleDescription(expect.stringContaining(reason));
      // The meter says the same: too weak to be used.
      expect(
        screen.getByRole('meter', {
          name: text.sentence.strength.replace('{{level}}', text.secret.tooWeakLevel),
        }),
      ).toBeInTheDocument();
    }
    expect(await listBooks()).toEqual([]);
  });

  it('goes back to the cover without losing it', async () => {
    const { user } = renderApp('/new');
    await user.type(await screen.findByLabelText(NICKNAME_LABEL), 'Alma');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { name: 'Your secret sentence' });

    await user.click(screen.getByRole('button', { name: 'Back' }));

    expect(screen.getByRole('heading', { name: 'The cover' })).toBeInTheDocument();
    expect(screen.getByLabelText(NICKNAME_LABEL)).toHaveValue('Alma');
  });
});
