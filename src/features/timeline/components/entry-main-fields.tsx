import { useTranslation } from 'react-i18next';

import { TextArea, TextField } from '@/components';
import type { EntryKind } from '@/domain';
import { useEntryFields } from '../hooks/use-entry-fields';
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
  const { set, textProps } = useEntryFields({ draft, onChange, problems });
  return (
    <>
      <SubKindField kind={kind} value={draft.subKind} onChange={set('subKind')} />
      <TextField
        label={t('timeline.editor.title')}
        hint={t(`timeline.editor.titleHints.${kind}`)}
        limit={TITLE_MAX}
        autoComplete="off"
        {...textProps('title')}
      />
      <TextArea
        className="story-field"
        label={t('timeline.editor.text')}
        hint={t(`timeline.editor.textHints.${kind}`)}
        rows={storyRows}
        limit={TEXT_MAX}
        {...textProps('text')}
      />
      <WhenFields draft={draft} onChange={onChange} problems={problems} />
      <FeelingPicker value={draft.feeling} onChange={set('feeling')} />
    </>
  );
}
