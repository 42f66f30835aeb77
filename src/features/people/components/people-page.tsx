import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { EmptyState, LabelledSection, Notice, PageHeader } from '@/components';
import { useBinnedPeople, useBookPhotos, useKinEdges, usePeople } from '../hooks/use-people';
import { siblingsOfMe } from '../lib/kinship';

import { BinnedPeople } from './binned-people';
import { PeopleList } from './people-list';
import { SiblingsSection } from './siblings-section';

/** Who matters to me: siblings first, then everyone by part of life, and the two visual aids. */
export function PeoplePage() {
  const { t } = useTranslation();
  const { bookId = '' } = useParams();
  const data = usePeople(bookId);
  const photos = useBookPhotos(bookId);
  const binned = useBinnedPeople(bookId);
  const edges = useKinEdges(data?.people);
  const photoById = useMemo(() => new Map((photos ?? []).map((p) => [p.id, p])), [photos]);
  if (!data) return <p role="status">{t('people.loading')}</p>;
  const { people, damaged } = data;
  const siblings = siblingsOfMe(people, edges);
  const base = `/book/${bookId}/people`;
  const add = (
    <Link className="btn btn-primary" to={`${base}/new`}>
      {t('people.add')}
    </Link>
  );

  return (
    <div className="people-page">
      <PageHeader title={t('people.title')} intro={t('people.intro')} />
      {damaged > 0 ? (
        <Notice tone="warning">{t('people.damaged', { count: damaged })}</Notice>
      ) : null}
      <div className="actions">
        {/* An empty page has this link as its one big action, below. */}
        {people.length > 0 ? add : null}
        <Link className="btn btn-secondary" to={`${base}/map`}>
          {t('people.mapLink')}
        </Link>
        <Link className="btn btn-secondary" to={`${base}/family`}>
          {t('people.familyLink')}
        </Link>
      </div>
      <SiblingsSection bookId={bookId} siblings={siblings} photoById={photoById} />
      <LabelledSection title={t('people.allPeople')}>
        {people.length === 0 ? (
          <EmptyState
            picture="🫶"
            title={t('empty.people.title')}
            text={t('people.empty')}
            action={add}
            level={3}
          />
        ) : null}
        <PeopleList bookId={bookId} people={people} photoById={photoById} />
      </LabelledSection>
      <BinnedPeople bookId={bookId} people={binned ?? []} />
    </div>
  );
}
