import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import { SentencePicker, type SentencePickerProps } from '@/components';

export interface SentenceFormProps extends SentencePickerProps {
  busy: boolean;
  onSave: () => void;
  onCancel: () => void;
}

/** A new secret sentence, chosen and repeated, then saved or cancelled. */
export function SentenceForm({ busy, onSave, onCancel, ...picker }: SentenceFormProps) {
  const { t } = useTranslation();
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <SentencePicker {...picker} />
      <div className="actions">
        <Button type="submit" busy={busy}>
          {t('app.save')}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('app.cancel')}
        </Button>
      </div>
    </form>
  );
}
