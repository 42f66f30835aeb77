import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { deleteSnapshot } from '@/db';

import { AskFirst } from './ask-first';

/** Deleting an old map asks first; the people on it stay in the book. */
export function DeleteSnapshot({ bookId, id, date }: { bookId: string; id: string; date: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="delete-snapshot">
      <AskFirst
        label={t('people.snapshot.delete')}
        question={t('people.snapshot.deleteConfirm', { date })}
        yes={t('people.snapshot.deleteYes')}
        onYes={async () => {
          await deleteSnapshot(bookId, id);
          void navigate(`/book/${bookId}/people/map`);
        }}
      />
    </div>
  );
}
