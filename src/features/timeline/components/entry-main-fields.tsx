import { useTranslation } from 'react-i18next';

import { TextArea, TextField } from '@/components';
import type { EntryKind } from '@/domain';
import { useProblemText } from '../hooks/use-problem-text';
import type { EntryFieldsProps } from '../lib/entry-form';
import { maxUnits, TEXT_MAX, TITLE_MAX } from '../lib/limits';

import { FeelingPicker } from './feeling-picker';
import { SubKindField } from './sub-kind-field';
import { WhenFields } from './when-fields';

export interface EntryMainFieldsProps extends EntryFieldsProps {
  kind: EntryKind;
  storyRows: number;
}

/** What every entry has once its kind is chosen: the kind's detail, title, story, when, feeling. */
export function EntryMainFields({
  kind,
  draft,
  onChange,
  problems,
  storyRows,
}: EntryMainFieldsProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  return (
    <>
      <SubKindField
        kind={kind}
        value={draft.subKind}
        onChange={(subKind) => {
          onChange({ subKind });
        }}
      />
      <TextField
        label={t('timeline.editor.title')}
        hint={t(`timeline.editor.titleHints.${kind}`)}
        value={draft.title}
        maxLength={maxUnits(TITLE_MAX)}
        autoComplete="off"
        error={problemText(problems.title)}
        onChange={(e) => {
          onChange({ title: e.target.value });
        }}
      />
      <TextArea
        className="story-field"
        label={t('timeline.editor.text')}
        hint={t(`timeline.editor.textHints.${kind}`)}
        value={draft.text}
        rows={storyRows}
        limit={TEXT_MAX}
        error={problemText(problems.text)}
        onChange={(e) => {
          onChange({ text: e.target.value });
        }}
      />
      <WhenFields draft={draft} onChange={onChange} problems={problems} />
      <FeelingPicker
        value={draft.feeling}
        onChange={(feeling) => {
          onChange({ feeling });
        }}
      />
    </>
  );
}
