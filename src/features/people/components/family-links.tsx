import { useTranslation } from 'react-i18next';

import { LabelledSection, StatusLine } from '@/components';
import { savePeople } from '@/db';
import { nowIso } from '@/domain';
import type { Person } from '@/domain';
import { useBusyStatus } from '@/hooks';
import { usePeopleText } from '../hooks/use-people-text';
import { addFamilyLink, relationsOf, removeFamilyLink, type LinkChoice } from '../lib/family-links';
import { ME_ID, type KinEdge } from '../lib/kinship';
import { RELATION_LABELS } from '../lib/relation-labels';

import { FamilyLinkAdd } from './family-link-add';
import { FamilyLinkItem } from './family-link-item';

/** A person's family links for the genogram: read as sentences, removed or added here. */
export function FamilyLinks({
  bookId,
  person,
  people,
  edges,
}: {
  bookId: string;
  person: Person;
  people: readonly Person[];
  edges: readonly KinEdge[];
}) {
  const { t } = useTranslation();
  const text = usePeopleText();
  const { status, setStatus, busyRun } = useBusyStatus();
  const nameOf = (id: string) =>
    id === ME_ID ? t('people.links.meObject') : (people.find((p) => p.id === id)?.name ?? '');
  const others = people.filter((p) => p.id !== person.id);

  const save = (changed: Person[], okText: string) =>
    busyRun(() => savePeople(bookId, changed), okText);

  const add = (choice: LinkChoice, target: string) => {
    const result = addFamilyLink(people, RELATION_LABELS, person.id, choice, target, nowIso());
    if (!result.ok) setStatus({ tone: 'error', text: t(`people.links.${result.problem}`) });
    else void save(result.changed, t('people.links.added'));
  };

  const remove = (edge: KinEdge) => {
    const changed = removeFamilyLink(people, edge, nowIso());
    if (changed) void save([changed], t('people.links.removed'));
  };

  const relations = relationsOf(person.id, edges);

  return (
    <LabelledSection title={t('people.links.title')} className="family-links">
      <p>{t('people.links.intro')}</p>
      {relations.length === 0 ? <p>{t('people.links.none')}</p> : null}
      <ul className="link-list">
        {relations.map((r) => {
          const sentence = t('people.links.sentence', {
            name: person.name,
            role: t(`people.links.role.${r.role}`),
            other: nameOf(r.otherId),
          });
          return (
            <FamilyLinkItem
              key={`${r.edge.type}:${r.edge.from}:${r.edge.to}`}
              relation={r}
              sentence={sentence}
              fromRelation={t('people.links.fromRelation', { relation: text.relation(person) })}
              onRemove={() => {
                remove(r.edge);
              }}
            />
          );
        })}
      </ul>
      <FamilyLinkAdd person={person} others={others} onAdd={add} />
      <StatusLine status={status} className="link-status" />
    </LabelledSection>
  );
}
