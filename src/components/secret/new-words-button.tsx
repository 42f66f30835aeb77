import { useTranslation } from 'react-i18next';

import { Button } from '../button';

import { proposeSentence } from './sentence';

/** "New words": replaces the sentence with freshly proposed words, typed or by picture. */
export function NewWordsButton({ onSentence }: { onSentence: (sentence: string) => void }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="secondary"
      onClick={() => {
        onSentence(proposeSentence());
      }}
    >
      {t('sentence.newWords')}
    </Button>
  );
}
