import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { binPerson } from '@/db';
import { nowIso } from '@/domain';
import type { Person } from '@/domain';

import { AskFirst } from './ask-first';

/** Deleting asks first; the person goes to the bin, so older network maps can still name them. */
export function DeletePerson({ bookId, person }: { bookId: string; person: Person }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <AskFirst
      label={t('people.person.delete', { name: person.name })}
      question={t('people.person.deleteConfirm', { name: person.name })}
      yes={t('people.person.deleteYes', { name: person.name })}
      onYes={async () => {
        await binPerson(bookId, person, nowIso());
        void navigate(`/book/${bookId}/people`);
      }}
    />
  );
}
