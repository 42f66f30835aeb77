import { useTranslation } from 'react-i18next';

import { TextField } from '../text-field';

import { NewWordsButton } from './new-words-button';
import { SECRET_TYPING } from './secret-typing';
import { sentenceWords } from './sentence';
import { SentenceStrength } from './sentence-strength';

/** A pencil stands for a word the child typed that has no picture in the list. */
const TYPED_WORD_PICTURE = '✏️';

export interface TypedSentenceProps {
  sentence: string;
  repeat: string;
  onSentence: (sentence: string) => void;
  onRepeat: (repeat: string) => void;
  error?: string;
  mismatch: boolean;
  locale: string;
  bookName?: string;
}

/** The sentence as picture cards and as text to type, typed again to catch a slip. */
export function TypedSentence({
  sentence,
  repeat,
  onSentence,
  onRepeat,
  error,
  mismatch,
  locale,
  bookName,
}: TypedSentenceProps) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('sentence.explain')}</p>
      <ul className="word-cards" aria-label={t('sentence.proposed')}>
        {sentenceWords(sentence).map((w, i) => (
          <li key={`${w.word}-${i}`} className="word-card">
            <span className="word-card-picture" aria-hidden="true">
              {w.emoji ?? TYPED_WORD_PICTURE}
            </span>
            <span className="word-card-word">{w.word}</span>
            {locale !== 'da' && w.en ? <span className="word-card-translation">{w.en}</span> : null}
          </li>
        ))}
      </ul>
      <NewWordsButton onSentence={onSentence} />
      <TextField
        label={t('sentence.yourSentence')}
        hint={t('secret.ownWordsHint')}
        value={sentence}
        {...SECRET_TYPING}
        onChange={(e) => {
          onSentence(e.target.value);
        }}
        error={error}
      />
      <SentenceStrength sentence={sentence} bookName={bookName} />
      <p className="field-hint">{t('sentence.sayIt')}</p>
      <TextField
        label={t('sentence.repeat')}
        value={repeat}
        {...SECRET_TYPING}
        onChange={(e) => {
          onRepeat(e.target.value);
        }}
        error={mismatch ? t('sentence.mismatch') : undefined}
      />
    </>
  );
}
