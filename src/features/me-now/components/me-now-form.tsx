import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../../../components/button';
import { Notice } from '../../../components/notice';
import { TextArea } from '../../../components/text-area';
import { useErrorText } from '../../../components/use-error-text';
import { updateDetails } from '../../../db';
import type { AgeMode, MeNow } from '../../../domain/types';

const FIELDS = ['likes', 'goodAt', 'proudOf', 'dreams'] as const;
/** Long enough for a real story, short enough that one field cannot fill the device. */
export const ME_NOW_MAX = 5000;

export interface MeNowFormProps {
  bookId: string;
  meNow: MeNow;
  /** The hints under each field speak to the child's age. */
  ageMode: AgeMode;
}

export function MeNowForm({ bookId, meNow, ageMode }: MeNowFormProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [draft, setDraft] = useState(meNow);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setStatus(null);
    try {
      await updateDetails(bookId, { meNow: { ...draft, updatedAt: new Date().toISOString() } });
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
        <TextArea
          key={f}
          label={t(`meNow.${f}`)}
          hint={t(`timeline.meNow.fieldHints.${ageMode}.${f}`)}
          value={draft[f]}
          maxLength={ME_NOW_MAX}
          onChange={(e) => {
            setDraft((d) => ({ ...d, [f]: e.target.value }));
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
