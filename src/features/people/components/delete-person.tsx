import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Button } from '@/components';
import { Notice } from '@/components';
import { useErrorText } from '@/components';
import { binPerson } from '@/db';
import { nowIso } from '@/domain';
import type { Person } from '@/domain';

/** Deleting asks first; the person goes to the bin, so older network maps can still name them. */
export function DeletePerson({ bookId, person }: { bookId: string; person: Person }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async () => {
    try {
      await binPerson(bookId, person, nowIso());
      void navigate(`/book/${bookId}/people`);
    } catch (e) {
      setError(errorText(e));
    }
  };

  if (!asking) {
    return (
      <Button
        variant="secondary"
        onClick={() => {
          setAsking(true);
        }}
      >
        {t('people.person.delete', { name: person.name })}
      </Button>
    );
  }
  return (
    <>
      <Notice
        tone="warning"
        actions={
          <>
            <Button variant="danger" onClick={() => void remove()}>
              {t('people.person.deleteYes', { name: person.name })}
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
        {t('people.person.deleteConfirm', { name: person.name })}
      </Notice>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </>
  );
}
