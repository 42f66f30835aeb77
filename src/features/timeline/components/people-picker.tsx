import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../../../components/button';
import type { Person } from '../../../domain/types';
import { useProblemText } from '../hooks/use-problem-text';
import type { EntryDraft, EntryProblems } from '../lib/entry-form';
import { PICTURES } from '../lib/pictures';

import { NewPersonForm } from './new-person-form';

export interface PeoplePickerProps {
  people: readonly Person[];
  draft: EntryDraft;
  onChange: (patch: Partial<EntryDraft>) => void;
  problems: EntryProblems;
}

/** Who was there: tick people in the book, or add someone new on the spot. */
export function PeoplePicker({ people, draft, onChange, problems }: PeoplePickerProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const id = useId();
  const [adding, setAdding] = useState(false);
  const error = problemText(problems.people);
  const sorted = [...people].sort((a, b) => a.name.localeCompare(b.name));
  const toggle = (personId: string, on: boolean) => {
    onChange({
      personIds: on
        ? [...draft.personIds, personId]
        : draft.personIds.filter((p) => p !== personId),
    });
  };

  return (
    <fieldset className="people-picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('timeline.editor.people')}</legend>
      {people.length === 0 && draft.newPeople.length === 0 ? (
        <p className="field-hint">{t('timeline.editor.noPeople')}</p>
      ) : null}
      <ul className="check-list">
        {sorted.map((p) => (
          <li key={p.id}>
            <label className="check">
              <input
                type="checkbox"
                checked={draft.personIds.includes(p.id)}
                onChange={(e) => {
                  toggle(p.id, e.target.checked);
                }}
              />
              <span>
                {p.name}
                {p.relation ? <span className="field-hint"> · {p.relation}</span> : null}
              </span>
            </label>
          </li>
        ))}
        {draft.newPeople.map((p) => (
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
      </ul>
      <Button
        variant="secondary"
        aria-expanded={adding}
        onClick={() => {
          setAdding((a) => !a);
        }}
      >
        <span aria-hidden="true">{PICTURES.add}</span>
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
    </fieldset>
  );
}
