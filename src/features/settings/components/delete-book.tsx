import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Button, LabelledSection } from '@/components';
import { MovingPackLink, Notice } from '@/components';
import { TextField } from '@/components';
import { useErrorText } from '@/components';
import { deleteBook } from '@/db';

/** Deleting needs the book open and its name typed: a deliberate act, never a slip. */
export function DeleteBook({ bookId, name }: { bookId: string; name: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <LabelledSection title={t('settings.deleteSection')} className="danger-zone">
      <p>{t('settings.deleteExplain')}</p>
      <Notice tone="info" actions={<MovingPackLink bookId={bookId} />}>
        {t('pack.deleteFirst')}
      </Notice>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (typed.trim() !== name) {
            setError(t('settings.deleteMismatch'));
            return;
          }
          setBusy(true);
          deleteBook(bookId).then(
            () => void navigate('/'),
            (err: unknown) => {
              setError(errorText(err));
              setBusy(false);
            },
          );
        }}
      >
        <TextField
          label={t('settings.deleteConfirmLabel', { name })}
          value={typed}
          autoComplete="off"
          onChange={(e) => {
            setTyped(e.target.value);
            setError(null);
          }}
        />
        <Button type="submit" variant="danger" busy={busy}>
          {t('settings.deleteButton')}
        </Button>
      </form>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </LabelledSection>
  );
}
