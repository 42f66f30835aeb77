import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, SelectField, TextField } from '@/components';
import { hasText, isTooLong } from '@/domain';
import { cleanName } from '@/domain';
import { isSector, SECTORS } from '@/domain';
import type { Sector } from '@/domain';
import { useProblemText } from '../hooks/use-problem-text';
import type { EntryProblem, NewPersonDraft } from '../lib/entry-form';
import { NAME_MAX, RELATION_MAX } from '../lib/limits';

/**
 * Adds someone on the spot. It lives inside the entry's form, so Enter adds the person rather
 * than saving the whole entry.
 */
export function NewPersonForm({ onAdd }: { onAdd: (person: NewPersonDraft) => void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('');
  const [sector, setSector] = useState<Sector>('family');
  const [problem, setProblem] = useState<EntryProblem | undefined>();

  const add = () => {
    const clean = cleanName(name);
    const found: EntryProblem | undefined = !hasText(clean)
      ? 'personNameMissing'
      : isTooLong(clean, NAME_MAX)
        ? 'personNameTooLong'
        : isTooLong(cleanName(relation), RELATION_MAX)
          ? 'relationTooLong'
          : undefined;
    setProblem(found);
    if (found) return;
    onAdd({ key: crypto.randomUUID(), name: clean, relation: cleanName(relation), sector });
    setName('');
    setRelation('');
  };
  const onEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };

  return (
    <div className="new-person">
      <TextField
        label={t('timeline.editor.personName')}
        value={name}
        limit={NAME_MAX}
        autoComplete="off"
        error={problem === 'relationTooLong' ? undefined : problemText(problem)}
        onKeyDown={onEnter}
        onValueChange={setName}
      />
      <TextField
        label={t('timeline.editor.personRelation')}
        value={relation}
        limit={RELATION_MAX}
        autoComplete="off"
        error={problem === 'relationTooLong' ? problemText(problem) : undefined}
        onKeyDown={onEnter}
        onValueChange={setRelation}
      />
      <SelectField
        label={t('timeline.editor.personSector')}
        value={sector}
        onChange={(v) => {
          if (isSector(v)) setSector(v);
        }}
        options={SECTORS.map((s) => ({ value: s, label: t(`timeline.editor.sectors.${s}`) }))}
      />
      <Button variant="secondary" onClick={add}>
        {t('timeline.editor.addPersonButton')}
      </Button>
    </div>
  );
}
