import { useTranslation } from 'react-i18next';

import { patchSetter, TextArea, TextField } from '@/components';
import type { EntryKind } from '@/domain';
import { useProblemText } from '../hooks/use-problem-text';
import type { EntryFieldsProps } from '../lib/entry-form';
import { TEXT_MAX, TITLE_MAX } from '../lib/limits';

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
  const set = patchSetter(onChange);
  return (
    <>
      <SubKindField kind={kind} value={draft.subKind} onChange={set('subKind')} />
      <TextField
        label={t('timeline.editor.title')}
        hint={t(`timeline.editor.titleHints.${kind}`)}
        value={draft.title}
        limit={TITLE_MAX}
        autoComplete="off"
        error={problemText(problems.title)}
        onValueChange={set('title')}
      />
      <TextArea
        className="story-field"
        label={t('timeline.editor.text')}
        hint={t(`timeline.editor.textHints.${kind}`)}
        value={draft.text}
        rows={storyRows}
        limit={TEXT_MAX}
        error={problemText(problems.text)}
        onValueChange={set('text')}
      />
      <WhenFields draft={draft} onChange={onChange} problems={problems} />
      <FeelingPicker value={draft.feeling} onChange={set('feeling')} />
    </>
  );
}
