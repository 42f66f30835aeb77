import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import { Notice } from '@/components';
import { useUnsavedWork } from '@/components';
import { useErrorText } from '@/components';
import { isTooLong, TEXT_LIMITS } from '@/domain';
import type { AgeMode, MeNow, Photo } from '@/domain';

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
  const errorText = useErrorText();
  const [draft, setDraft] = useState(meNow);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // Messages under over-long answers show once Save has been pressed, not while typing.
  const [checked, setChecked] = useState(false);
  const [edited, setEdited] = useState(false);
  // Typed and not saved: a tab that must reload asks first rather than lose it.
  useUnsavedWork(edited && FIELDS.some((f) => draft[f] !== meNow[f]));

  const save = async () => {
    setChecked(true);
    if (FIELDS.some((f) => isTooLong(draft[f], ME_NOW_MAX))) {
      setStatus({ tone: 'error', text: t('limits.tooLong', { max: ME_NOW_MAX }) });
      return;
    }
    setBusy(true);
    setStatus(null);
    try {
      // Only the typed answers: the photo, feeling and pictures are saved where they are chosen.
      await saveMeNow(bookId, {
        likes: draft.likes,
        goodAt: draft.goodAt,
        proudOf: draft.proudOf,
        dreams: draft.dreams,
      });
      setEdited(false);
      setStatus({ tone: 'success', text: t('app.saved') });
    } catch (e) {
      setStatus({ tone: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="me-now-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
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
      <div className="actions">
        <Button type="submit" busy={busy}>
          {t('app.save')}
        </Button>
      </div>
      {status ? <Notice tone={status.tone}>{status.text}</Notice> : null}
    </form>
  );
}
