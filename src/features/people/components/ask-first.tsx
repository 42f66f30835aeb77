import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import { Notice } from '@/components';
import { useErrorText } from '@/components';
import { YesNoButtons } from '@/components';

export interface AskFirstProps {
  /** The button that starts it, e.g. "Delete Kim". */
  label: string;
  /** What the warning asks before anything happens. */
  question: string;
  /** The button that says yes. */
  yes: string;
  /** Runs on yes; what it throws is shown, translated, and nothing is left half done. */
  onYes: () => Promise<void>;
}

/** Deleting asks first: a button, then a warning with yes and cancel, then any error. */
export function AskFirst({ label, question, yes, onYes }: AskFirstProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const answerYes = async () => {
    try {
      await onYes();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <>
      {asking ? (
        <Notice
          tone="warning"
          actions={
            <YesNoButtons
              yes={yes}
              no={t('people.form.cancel')}
              onYes={() => void answerYes()}
              onNo={() => {
                setAsking(false);
              }}
            />
          }
        >
          {question}
        </Notice>
      ) : (
        <Button
          variant="secondary"
          onClick={() => {
            setAsking(true);
          }}
        >
          {label}
        </Button>
      )}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </>
  );
}
