import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Button } from '@/components';
import { Notice } from '@/components';
import { useErrorText } from '@/components';
import { deleteSnapshot } from '@/db';

/** Deleting an old map asks first; the people on it stay in the book. */
export function DeleteSnapshot({ bookId, id, date }: { bookId: string; id: string; date: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async () => {
    try {
      await deleteSnapshot(bookId, id);
      void navigate(`/book/${bookId}/people/map`);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <div className="delete-snapshot">
      {asking ? (
        <Notice
          tone="warning"
          actions={
            <>
              <Button variant="danger" onClick={() => void remove()}>
                {t('people.snapshot.deleteYes')}
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setAsking(false);
                }}
              >
                {t('people.form.cancel')}
              </Button>
            </>
          }
        >
          {t('people.snapshot.deleteConfirm', { date })}
        </Notice>
      ) : (
        <Button
          variant="secondary"
          onClick={() => {
            setAsking(true);
          }}
        >
          {t('people.snapshot.delete')}
        </Button>
      )}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
