import { useTranslation } from 'react-i18next';

import { TextArea } from '@/components';
import { isTooLong, TEXT_LIMITS } from '@/domain';
import type { AgeMode, MeNow, MeNowQuestion, Photo } from '@/domain';

import { MeNowVoice } from './me-now-voice';
import { PictureChoice } from './picture-choice';

export interface MeNowFieldProps {
  bookId: string;
  field: MeNowQuestion;
  value: string;
  ageMode: AgeMode;
  voiceIds: MeNow['voiceIds'];
  items: readonly Photo[];
  /** Whether Save has been pressed: only then does an over-long answer say so. */
  checked: boolean;
  onWrite: (value: string) => void;
}

/** One question of Mig nu: its answer, its voice note and (for "good at") picture choices. */
export function MeNowField({
  bookId,
  field,
  value,
  ageMode,
  voiceIds,
  items,
  checked,
  onWrite,
}: MeNowFieldProps) {
  const { t } = useTranslation();
  const max = TEXT_LIMITS.meNow;
  return (
    <>
      <TextArea
        label={t(`meNow.${field}`)}
        hint={t(`timeline.meNow.fieldHints.${ageMode}.${field}`)}
        value={value}
        limit={max}
        error={checked && isTooLong(value, max) ? t('limits.tooLong', { max }) : undefined}
        onValueChange={onWrite}
      />
      <MeNowVoice bookId={bookId} question={field} voiceIds={voiceIds} items={items} />
      {field === 'goodAt' ? (
        // Open at once in the young mode; a choice in every other mode. Likes have their
        // own pictures above the form (LikePictures).
        <details className="picture-choice-box" open={ageMode === 'young'}>
          <summary>{t('bookCover.pictures.toggle')}</summary>
          <PictureChoice value={value} onChange={onWrite} />
        </details>
      ) : null}
    </>
  );
}
