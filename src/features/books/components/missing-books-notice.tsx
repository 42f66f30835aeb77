import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Button } from '@/components';
import { clearBooksMarker, hasBooksMarker } from '@/db';

/**
 * Shown on the shelf when this device had books (the marker says so) and now has none: the
 * browser has most likely cleared the site's storage. Points to the latest moving pack, the only
 * place the books still are. A section rather than a live status: it is there when the page
 * opens, not news that arrives later.
 */
export function MissingBooksNotice() {
  const { t } = useTranslation();
  const [shown, setShown] = useState(hasBooksMarker);
  if (!shown) return null;
  return (
    <section className="notice notice-warning missing-books" aria-labelledby="missing-books-text">
      <div className="notice-text">
        <p id="missing-books-text">{t('shelf.missingBooks')}</p>
      </div>
      <div className="notice-actions">
        <Link to="/import" className="btn btn-primary">
          {t('packImport.title')}
        </Link>
        <Button
          variant="quiet"
          onClick={() => {
            clearBooksMarker();
            setShown(false);
          }}
        >
          {t('shelf.missingBooksDismiss')}
        </Button>
      </div>
    </section>
  );
}
