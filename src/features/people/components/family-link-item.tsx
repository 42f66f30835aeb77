import { useTranslation } from 'react-i18next';

import { Button } from '@/components';

import type { PersonRelation } from '../lib/family-links';

export interface FamilyLinkItemProps {
  relation: PersonRelation;
  /** The link read as a sentence ("Kim is mother of me"). */
  sentence: string;
  /** Where a link that is not stored comes from (the person's relation), said instead of Remove. */
  fromRelation: string;
  onRemove: () => void;
}

/** One family link: its sentence, and Remove when it was added by hand. */
export function FamilyLinkItem({
  relation,
  sentence,
  fromRelation,
  onRemove,
}: FamilyLinkItemProps) {
  const { t } = useTranslation();
  return (
    <li>
      <span>{sentence}</span>
      {relation.edge.source === 'stored' ? (
        <Button
          variant="quiet"
          aria-label={t('people.links.removeLabel', { text: sentence })}
          onClick={onRemove}
        >
          {t('people.links.remove')}
        </Button>
      ) : (
        <span className="link-source">{fromRelation}</span>
      )}
    </li>
  );
}
