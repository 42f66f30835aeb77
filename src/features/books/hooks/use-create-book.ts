import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useErrorText } from '@/components';
import { createBook } from '@/db';

type NewBook = Parameters<typeof createBook>[0];

/** Creates the book at the wizard's second step: busy while sealing, a translated error if not. */
export function useCreateBook() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [bookId, setBookId] = useState<string | null>(null);

  /** `stored` runs once the book is stored, in the same update as its id. */
  const create = async (book: NewBook, stored: () => void): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      setBookId(await createBook(book));
      stored();
    } catch (e) {
      setError(t('create.createFailed', { reason: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, bookId, create };
}
