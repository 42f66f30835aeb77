import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ChoiceGroup } from '../../../components/choice-group';
import {
  CLOSENESS,
  CONTACT_FREQUENCIES,
  isCloseness,
  isContactFrequency,
  SECTORS,
  type ContactFrequency,
} from '../../../domain/lists';
import { usePeopleText } from '../hooks/use-people-text';
import type { PersonDraft } from '../lib/person-form';
import { SECTOR_EMOJI } from '../lib/sectors';

import { RelationField } from './relation-field';

export interface PersonPlaceFieldsProps {
  draft: PersonDraft;
  onChange: (patch: Partial<PersonDraft>) => void;
  onContactChange: (contact: ContactFrequency | undefined) => void;
  relationError: string | undefined;
}

/** Where the person belongs in the child's life: sector, relation, closeness, how often they meet. */
export function PersonPlaceFields({
  draft,
  onChange,
  onContactChange,
  relationError,
}: PersonPlaceFieldsProps) {
  const { t } = useTranslation();
  const text = usePeopleText();
  const contactId = useId();
  return (
    <>
      <ChoiceGroup
        legend={t('people.form.sector')}
        choices={SECTORS.map((s) => ({
          value: s,
          label: text.sector(s),
          picture: SECTOR_EMOJI[s],
        }))}
        value={draft.sector}
        onChange={(sector) => {
          onChange({ sector });
        }}
      />
      <RelationField
        sector={draft.sector}
        value={draft.relation}
        error={relationError}
        onChange={(relation) => {
          onChange({ relation });
        }}
      />
      <ChoiceGroup
        legend={t('people.form.closeness')}
        layout="list"
        choices={CLOSENESS.map((c) => ({ value: String(c), label: text.closeness(c) }))}
        value={String(draft.closeness)}
        onChange={(v) => {
          const c = Number(v);
          if (isCloseness(c)) onChange({ closeness: c });
        }}
      />
      <div className="field">
        <label htmlFor={contactId}>{t('people.form.contact')}</label>
        <select
          id={contactId}
          value={draft.contact ?? ''}
          onChange={(e) => {
            const contact = e.target.value;
            onContactChange(isContactFrequency(contact) ? contact : undefined);
          }}
        >
          <option value="">{t('people.contactUnset')}</option>
          {CONTACT_FREQUENCIES.map((c) => (
            <option key={c} value={c}>
              {text.contact(c)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
