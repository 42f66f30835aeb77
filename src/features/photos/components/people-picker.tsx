import { useTranslation } from 'react-i18next';

import type { Person } from '../../../domain/types';

/** Tick who is in the photo, from the book's own people. */
export function PeoplePicker({
  people,
  selected,
  onChange,
}: {
  people: Person[];
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="people-picker">
      <legend>{t('photos.details.people')}</legend>
      {people.length === 0 ? <p className="field-hint">{t('photos.details.noPeople')}</p> : null}
      <ul className="plain-choices">
        {people.map((p) => (
          <li key={p.id}>
            <label className="check">
              <input
                type="checkbox"
                checked={selected.includes(p.id)}
                onChange={(e) => {
                  onChange(
                    e.target.checked ? [...selected, p.id] : selected.filter((id) => id !== p.id),
                  );
                }}
              />
              <span>{p.name}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
