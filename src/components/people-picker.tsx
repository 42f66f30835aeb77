import type { ReactNode } from 'react';

import type { Person } from '@/domain';

import { CheckField } from './check-field';

export interface PeoplePickerProps {
  legend: string;
  /** Shown instead of the list's first line while there is no one to tick. */
  emptyHint?: string;
  people: readonly Person[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  /** The feature's own list class, for its spacing. */
  listClassName: string;
  /** Writes each person's relation after their name. */
  showRelation?: boolean;
  /** More items at the end of the same list (people not saved yet). */
  extraItems?: ReactNode;
  /** Inside the group, after the list: an "add someone" form, an error. */
  children?: ReactNode;
  describedBy?: string;
}

/** A group of checkboxes: tick the book's people who belong with a photo or a memory. */
export function PeoplePicker({
  legend,
  emptyHint,
  people,
  selected,
  onChange,
  listClassName,
  showRelation = false,
  extraItems,
  children,
  describedBy,
}: PeoplePickerProps) {
  return (
    <fieldset className="people-picker" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {emptyHint ? <p className="field-hint">{emptyHint}</p> : null}
      <ul className={listClassName}>
        {people.map((p) => (
          <li key={p.id}>
            <CheckField
              label={
                <>
                  {p.name}
                  {showRelation && p.relation ? (
                    <span className="field-hint"> · {p.relation}</span>
                  ) : null}
                </>
              }
              checked={selected.includes(p.id)}
              onChange={(checked) => {
                onChange(checked ? [...selected, p.id] : selected.filter((id) => id !== p.id));
              }}
            />
          </li>
        ))}
        {extraItems}
      </ul>
      {children}
    </fieldset>
  );
}
