import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import type { Person } from '@/domain';

import { LINK_CHOICES, type LinkChoice } from '../lib/family-links';
import { ME_ID } from '../lib/kinship';

function isChoice(v: string): v is LinkChoice {
  return (LINK_CHOICES as readonly string[]).includes(v);
}

export interface FamilyLinkAddProps {
  person: Person;
  /** Everyone else the link can point at (the child is always offered first). */
  others: readonly Person[];
  onAdd: (choice: LinkChoice, target: string) => void;
}

/** "Add a link": what the person is (parent of, child of, ...) and to whom. */
export function FamilyLinkAdd({ person, others, onAdd }: FamilyLinkAddProps) {
  const { t } = useTranslation();
  const choiceId = useId();
  const targetId = useId();
  const [choice, setChoice] = useState<LinkChoice>('parent-of');
  const [target, setTarget] = useState<string>(ME_ID);
  return (
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
      <Button
        variant="secondary"
        onClick={() => {
          onAdd(choice, target);
        }}
      >
        {t('people.links.addButton')}
      </Button>
    </fieldset>
  );
}
