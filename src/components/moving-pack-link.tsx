import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * The way to a book's moving pack, its export and its backup, from wherever the app says to make
 * one first (the export reminder, deleting a book): one address and one set of words for it.
 */
export function MovingPackLink({ bookId }: { bookId: string }) {
  const { t } = useTranslation();
  return (
    <Link className="btn btn-secondary" to={`/book/${bookId}/moving-pack`}>
      {t('pack.reminder.action')}
    </Link>
  );
}
