import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SaveForm } from '@/components';
import { useUnsavedWork } from '@/components';
import { isTooLong, TEXT_LIMITS } from '@/domain';
import type { AgeMode, MeNow, Photo } from '@/domain';
import { useSaveForm } from '@/hooks';

import { saveMeNow } from '../lib/save-me-now';

import { MeNowField } from './me-now-field';

export const FIELDS = ['likes', 'goodAt', 'proudOf', 'dreams'] as const;
/** Long enough for a real story, short enough that one field cannot fill the device. */
export const ME_NOW_MAX = TEXT_LIMITS.meNow;

export interface MeNowFormProps {
  bookId: string;
  meNow: MeNow;
  /** The hints under each field speak to the child's age. */
  ageMode: AgeMode;
  /** The book's items: each question can be answered by a voice note among them. */
  items?: readonly Photo[];
}

export function MeNowForm({ bookId, meNow, ageMode, items = [] }: MeNowFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(meNow);
  const [edited, setEdited] = useState(false);
  // Typed and not saved: a tab that must reload asks first rather than lose it.
  useUnsavedWork(edited && FIELDS.some((f) => draft[f] !== meNow[f]));
  const { checked, setStatus, saveForm } = useSaveForm({
    problem: () =>
      FIELDS.some((f) => isTooLong(draft[f], ME_NOW_MAX))
        ? t('limits.tooLong', { max: ME_NOW_MAX })
        : undefined,
    write: async () => {
      // Only the typed answers: the photo, feeling and pictures are saved where they are chosen.
      await saveMeNow(bookId, {
        likes: draft.likes,
        goodAt: draft.goodAt,
        proudOf: draft.proudOf,
        dreams: draft.dreams,
      });
      setEdited(false);
    },
    done: t('app.saved'),
  });

  return (
    <SaveForm className="me-now-form" saveLabel={t('app.save')} {...saveForm}>
      {FIELDS.map((f) => (
        <MeNowField
          key={f}
          bookId={bookId}
          field={f}
          value={draft[f]}
          ageMode={ageMode}
          voiceIds={meNow.voiceIds}
          items={items}
          checked={checked}
          onWrite={(value) => {
            setDraft((d) => ({ ...d, [f]: value }));
            setEdited(true);
            setStatus(null);
          }}
        />
      ))}
    </SaveForm>
  );
}
