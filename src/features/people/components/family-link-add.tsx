import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, SelectField } from '@/components';
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
  const [choice, setChoice] = useState<LinkChoice>('parent-of');
  const [target, setTarget] = useState<string>(ME_ID);
  return (
    <fieldset className="link-add">
      <legend>{t('people.links.add')}</legend>
      <SelectField
        label={t('people.links.choice', { name: person.name })}
        value={choice}
        onChange={(v) => {
          if (isChoice(v)) setChoice(v);
        }}
        options={LINK_CHOICES.map((c) => ({ value: c, label: t(`people.links.role.${c}`) }))}
      />
      <SelectField
        label={t('people.links.target')}
        value={target}
        onChange={setTarget}
        options={[
          { value: ME_ID, label: t('people.links.meObject') },
          ...others.map((p) => ({ value: p.id, label: p.name })),
        ]}
      />
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
