import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import { useErrorText } from '@/components';
import { savePeople } from '@/db';
import { nowIso } from '@/domain';
import type { Person } from '@/domain';
import { usePeopleText } from '../hooks/use-people-text';
import {
  addFamilyLink,
  LINK_CHOICES,
  relationsOf,
  removeFamilyLink,
  type LinkChoice,
} from '../lib/family-links';
import { ME_ID, type KinEdge } from '../lib/kinship';
import { RELATION_LABELS } from '../lib/relation-labels';

function isChoice(v: string): v is LinkChoice {
  return (LINK_CHOICES as readonly string[]).includes(v);
}

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
  const errorText = useErrorText();
  const choiceId = useId();
  const targetId = useId();
  const [choice, setChoice] = useState<LinkChoice>('parent-of');
  const [target, setTarget] = useState<string>(ME_ID);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const nameOf = (id: string) =>
    id === ME_ID ? t('people.links.meObject') : (people.find((p) => p.id === id)?.name ?? '');
  const others = people.filter((p) => p.id !== person.id);

  const save = async (changed: Person[], okText: string) => {
    try {
      await savePeople(bookId, changed);
      setStatus({ ok: true, text: okText });
    } catch (e) {
      setStatus({ ok: false, text: errorText(e) });
    }
  };

  const add = () => {
    const result = addFamilyLink(people, RELATION_LABELS, person.id, choice, target, nowIso());
    if (!result.ok) setStatus({ ok: false, text: t(`people.links.${result.problem}`) });
    else void save(result.changed, t('people.links.added'));
  };

  const remove = (edge: KinEdge) => {
    const changed = removeFamilyLink(people, edge, nowIso());
    if (changed) void save([changed], t('people.links.removed'));
  };

  const relations = relationsOf(person.id, edges);

  return (
    <section aria-labelledby="family-links-heading" className="family-links">
      <h2 id="family-links-heading">{t('people.links.title')}</h2>
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
            <li key={`${r.edge.type}:${r.edge.from}:${r.edge.to}`}>
              <span>{sentence}</span>
              {r.edge.source === 'stored' ? (
                <Button
                  variant="quiet"
                  aria-label={t('people.links.removeLabel', { text: sentence })}
                  onClick={() => {
                    remove(r.edge);
                  }}
                >
                  {t('people.links.remove')}
                </Button>
              ) : (
                <span className="link-source">
                  {t('people.links.fromRelation', { relation: text.relation(person) })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <fieldset className="link-add">
        <legend>{t('people.links.add')}</legend>
        <div className="field">
          <label htmlFor={choiceId}>{t('people.links.choice', { name: person.name })}</label>
          <select
            id={choiceId}
            value={choice}
            onChange={(e) => {
              if (isChoice(e.target.value)) setChoice(e.target.value);
            }}
          >
            {LINK_CHOICES.map((c) => (
              <option key={c} value={c}>
                {t(`people.links.role.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={targetId}>{t('people.links.target')}</label>
          <select
            id={targetId}
            value={target}
            onChange={(e) => {
              setTarget(e.target.value);
            }}
          >
            <option value={ME_ID}>{t('people.links.meObject')}</option>
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary" onClick={add}>
          {t('people.links.addButton')}
        </Button>
      </fieldset>
      {status ? (
        <p
          className={status.ok ? 'link-status' : 'field-error'}
          role={status.ok ? 'status' : 'alert'}
        >
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
