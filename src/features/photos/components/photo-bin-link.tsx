import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useBinnedCount } from '../hooks/use-photo-bin';

/** The way to the bin, shown only while something lies in it, with how many. */
export function PhotoBinLink({ bookId }: { bookId: string }) {
  const { t } = useTranslation();
  const count = useBinnedCount(bookId) ?? 0;
  if (count === 0) return null;
  return (
    <p className="photo-bin-link">
      <Link to={`/book/${bookId}/photos/bin`}>{t('photoBin.link', { count })}</Link>
    </p>
  );
}
