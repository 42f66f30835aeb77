import { screen, within } from '@testing-library/react';

import { db, lockBook, unlockBySentence } from '@/db';
import type { Locale } from '@/domain';
import { da } from '@/i18n';
import { en } from '@/i18n';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';
import { sentenceForm, weakSentences } from '@/testing/sentence-form';

withFreshDatabase();

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
      const form = sentenceForm(user, section, text, text.app.save);
      for (const [sentence, reason] of weakSentences(text)) {
        await form.submit(sentence);
        expect(section.getByRole('alert'), sentence).toHaveTextContent(reason);
      }
      expect(await storedKeyring(book.id)).toEqual(before);

      // Five list words pass; the new sentence opens the book and is wrapped with Argon2id.
      const strong = 'hest raket pizza måne tog';
      await form.submit(strong);
      expect(await screen.findByText(text.settings.sentenceChanged)).toBeInTheDocument();
      expect((await storedKeyring(book.id))?.sentence.kdf.algorithm).toBe('Argon2id');
      lockBook(book.id);
      await unlockBySentence(book.id, strong);
    },
  );
});
