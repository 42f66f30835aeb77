import { useTranslation } from 'react-i18next';

import { LabelledSection } from '@/components';
import { SECTORS } from '@/domain';

import { PersonCardList, type PeopleListProps } from './person-card-list';
import { VirtualPeopleList } from './virtual-people-list';

/**
 * Past this many people only the rows near the screen are drawn. A real book stays below it and
 * keeps every card in the page, for find-in-page and a screen reader's list navigation; only a
 * pathological one (an import may bring 10,000) pays for that with a frozen page.
 */
export const VIRTUAL_PEOPLE_FROM = 200;

/** Everyone by part of life: a heading per part, then the people in it. */
export function PeopleList({ bookId, people, photoById }: PeopleListProps) {
  const { t } = useTranslation();
  if (people.length > VIRTUAL_PEOPLE_FROM) {
    return <VirtualPeopleList bookId={bookId} people={people} photoById={photoById} />;
  }
  return (
    <div className="people-list">
      {SECTORS.map((sector) => {
        const here = people.filter((p) => p.sector === sector);
        if (here.length === 0) return null;
        return (
          <LabelledSection
            key={sector}
            title={t(`people.sectors.${sector}`)}
            level={3}
            className="sector-group"
          >
            <PersonCardList bookId={bookId} people={here} photoById={photoById} />
          </LabelledSection>
        );
      })}
    </div>
  );
}
