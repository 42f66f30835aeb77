import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, NavIcon } from '@/components';
import { PeoplePicker } from '@/components';
import type { Person } from '@/domain';
import { useProblemText } from '../hooks/use-problem-text';
import type { EntryFieldsProps } from '../lib/entry-form';

import { NewPersonForm } from './new-person-form';

export interface EntryPeopleProps extends EntryFieldsProps {
  people: readonly Person[];
}

/** Who was there: tick people in the book, or add someone new on the spot. */
export function EntryPeople({ people, draft, onChange, problems }: EntryPeopleProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const id = useId();
  const [adding, setAdding] = useState(false);
  const error = problemText(problems.people);
  const sorted = [...people].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <PeoplePicker
      legend={t('timeline.editor.people')}
      emptyHint={
        people.length === 0 && draft.newPeople.length === 0
          ? t('timeline.editor.noPeople')
          : undefined
      }
      people={sorted}
      selected={draft.personIds}
      onChange={(personIds) => {
        onChange({ personIds });
      }}
      listClassName="check-list"
      showRelation
      describedBy={error ? `${id}-error` : undefined}
      extraItems={draft.newPeople.map((p) => (
        <li key={p.key} className="new-person-item">
          <span>
            {p.name} <span className="field-hint">{t('timeline.editor.newPerson')}</span>
          </span>
          <Button
            variant="quiet"
            onClick={() => {
              onChange({ newPeople: draft.newPeople.filter((n) => n.key !== p.key) });
            }}
          >
            {t('timeline.editor.removePerson', { name: p.name })}
          </Button>
        </li>
      ))}
    >
      <Button
        variant="secondary"
        aria-expanded={adding}
        onClick={() => {
          setAdding((a) => !a);
        }}
      >
        <NavIcon name="add" />
        {t('timeline.editor.addPerson')}
      </Button>
      {adding ? (
        <NewPersonForm
          onAdd={(person) => {
            onChange({ newPeople: [...draft.newPeople, person] });
          }}
        />
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </PeoplePicker>
  );
}
