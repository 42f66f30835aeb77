import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

import { db, lockBook, unlockBySentence } from '@/db';
import type { Locale } from '@/domain';
import { da } from '@/i18n';
import { en } from '@/i18n';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

withFreshDatabase();

/** Replaces a field's text in one paste, as a user pasting would. */
async function replaceText(user: UserEvent, field: HTMLElement, text: string): Promise<void> {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

async function storedKeyring(bookId: string) {
  return (await db().books.get(bookId))?.keyring;
}

describe('changing the secret sentence in settings', () => {
  it.each<[Locale, typeof da]>([
    ['en', en],
    ['da', da],
  ])(
    'refuses weak sentences with the reason, in %s, and keeps the old one',
    async (locale, text) => {
      const book = await makeBook({ cover: { nickname: 'Alma' } });
      const before = await storedKeyring(book.id);
      const { user } = renderApp(`/book/${book.id}/settings`, locale);
      const section = within(
        await screen.findByRole('region', { name: text.settings.changeSentence }),
      );
      await user.click(section.getByRole('button', { name: text.settings.newSentence }));
      const sentenceField = section.getByLabelText(text.sentence.yourSentence);
      const repeatField = section.getByLabelText(text.sentence.repeat);

      const weak: [string, string][] = [
        ['a a a a', text.secret.repeated],
        ['hest raket pizza måne', text.secret.tooFewWords],
        ['hej hej hej hej hej', text.secret.repeated],
        ['1234 5678 9012 3456 7890', text.secret.trivial],
        ['Alma alma ALMA alma alma', text.secret.bookName],
      ];
      for (const [sentence, reason] of weak) {
        // Pasted, not typed key by key: the check runs on submit, and a busy machine is slow.
        await replaceText(user, sentenceField, sentence);
        await replaceText(user, repeatField, sentence);
        await user.click(section.getByRole('button', { name: text.app.save }));
        expect(section.getByRole('alert'), sentence).toHaveTextContent(reason);
      }
      expect(await storedKeyring(book.id)).toEqual(before);

      // Five list words pass; the new sentence opens the book and is wrapped with Argon2id.
      const strong = 'hest raket pizza måne tog';
      await replaceText(user, sentenceField, strong);
      await replaceText(user, repeatField, strong);
      await user.click(section.getByRole('button', { name: text.app.save }));
      expect(await screen.findByText(text.settings.sentenceChanged)).toBeInTheDocument();
      expect((await storedKeyring(book.id))?.sentence.kdf.algorithm).toBe('Argon2id');
      lockBook(book.id);
      await unlockBySentence(book.id, strong);
    },
  );
});
