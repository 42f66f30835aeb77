import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, LabelledSection } from '@/components';
import { Notice } from '@/components';
import { useErrorText } from '@/components';
import { savePeople } from '@/db';
import { nowIso } from '@/domain';
import type { Person } from '@/domain';

/** Deleted people wait in the bin: a mistake, or a change of heart, is undone here. */
export function BinnedPeople({ bookId, people }: { bookId: string; people: readonly Person[] }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  if (people.length === 0 && !status) return null;

  const restore = async (person: Person) => {
    const back: Person = { ...person, updatedAt: nowIso() };
    delete back.deletedAt;
    try {
      await savePeople(bookId, [back]);
      setStatus({ tone: 'success', text: t('people.bin.restored', { name: person.name }) });
    } catch (e) {
      setStatus({ tone: 'error', text: errorText(e) });
    }
  };

  return (
    <LabelledSection title={t('people.bin.title')} className="binned-people">
      {people.length > 0 ? <p>{t('people.bin.intro')}</p> : null}
      <ul className="link-list">
        {people.map((p) => (
          <li key={p.id}>
            <span>{p.name}</span>{' '}
            <Button
              variant="quiet"
              aria-label={t('people.bin.restoreLabel', { name: p.name })}
              onClick={() => void restore(p)}
            >
              {t('people.bin.restore')}
            </Button>
          </li>
        ))}
      </ul>
      {status ? <Notice tone={status.tone}>{status.text}</Notice> : null}
    </LabelledSection>
  );
}
