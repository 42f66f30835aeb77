import { useTranslation } from 'react-i18next';

import { ChoiceGroup } from '@/components';
import { CLOSENESS, isCloseness, SECTORS, type ContactFrequency } from '@/domain';
import { usePeopleText } from '../hooks/use-people-text';
import type { PersonDraft } from '../lib/person-form';
import { SECTOR_EMOJI } from '../lib/sectors';

import { ContactField } from './contact-field';
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
      <ContactField
        label={t('people.form.contact')}
        value={draft.contact}
        onChange={onContactChange}
      />
    </>
  );
}
