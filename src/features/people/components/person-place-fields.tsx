import { useTranslation } from 'react-i18next';

import { patchSetter } from '@/components';
import type { ContactFrequency } from '@/domain';
import type { PersonDraft } from '../lib/person-form';

import { ClosenessChoice } from './closeness-choice';
import { ContactField } from './contact-field';
import { RelationField } from './relation-field';
import { SectorChoice } from './sector-choice';

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
  const set = patchSetter(onChange);
  return (
    <>
      <SectorChoice
        legend={t('people.form.sector')}
        value={draft.sector}
        onChange={set('sector')}
      />
      <RelationField
        sector={draft.sector}
        value={draft.relation}
        error={relationError}
        onChange={set('relation')}
      />
      <ClosenessChoice
        legend={t('people.form.closeness')}
        value={draft.closeness}
        onChange={set('closeness')}
      />
      <ContactField
        label={t('people.form.contact')}
        value={draft.contact}
        onChange={onContactChange}
      />
    </>
  );
}
