import { useTranslation } from 'react-i18next';

import { STRENGTH_OK_BITS, STRENGTH_STRONG_BITS, estimateStrength } from '@/crypto';
import { Button } from '../button';
import { TextField } from '../text-field';

import { proposeSentence, sentenceWords, type SentenceProblem } from './sentence';

/** A pencil stands for a word the child typed that has no picture in the list. */
const TYPED_WORD_PICTURE = '✏️';

export interface SentencePickerProps {
  sentence: string;
  repeat: string;
  onSentence: (sentence: string) => void;
  onRepeat: (repeat: string) => void;
  problem: SentenceProblem | null;
  locale: string;
  /** The book's name: it counts nothing in the sentence (anyone can read it on the shelf). */
  bookName?: string;
}

/**
 * Shows the sentence as picture cards (a child remembers pictures better than letters), lets the
 * child ask for other words or type their own, and shows how strong the sentence is.
 */
export function SentencePicker({
  sentence,
  repeat,
  onSentence,
  onRepeat,
  problem,
  locale,
  bookName,
}: SentencePickerProps) {
  const { t } = useTranslation();
  const strength = estimateStrength(sentence, bookName === undefined ? {} : { bookName });
  const levelText = {
    // Below the floor the sentence is refused, and the meter says so.
    weak: t('secret.tooWeakLevel'),
    ok: t('sentence.strengthOk'),
    strong: t('sentence.strengthStrong'),
  }[strength.level];
  const words = sentenceWords(sentence);
  const weaknessText = {
    tooFewWords: t('secret.tooFewWords'),
    tooWeak: t('secret.tooWeak'),
    repeated: t('secret.repeated'),
    trivial: t('secret.trivial'),
    bookName: t('secret.bookName'),
  };

  return (
    <div className="sentence-picker">
      <p>{t('sentence.explain')}</p>
      <ul className="word-cards" aria-label={t('sentence.proposed')}>
        {words.map((w, i) => (
          <li key={`${w.word}-${i}`} className="word-card">
            <span className="word-card-picture" aria-hidden="true">
              {w.emoji ?? TYPED_WORD_PICTURE}
            </span>
            <span className="word-card-word">{w.word}</span>
            {locale !== 'da' && w.en ? <span className="word-card-translation">{w.en}</span> : null}
          </li>
        ))}
      </ul>
      <Button
        variant="secondary"
        onClick={() => {
          onSentence(proposeSentence());
        }}
      >
        {t('sentence.newWords')}
      </Button>
      <TextField
        label={t('sentence.yourSentence')}
        hint={t('secret.ownWordsHint')}
        value={sentence}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        onChange={(e) => {
          onSentence(e.target.value);
        }}
        error={problem === null || problem === 'mismatch' ? undefined : weaknessText[problem]}
      />
      <div className={`strength strength-${strength.level}`}>
        <meter
          min={0}
          max={STRENGTH_STRONG_BITS + 16}
          low={STRENGTH_OK_BITS}
          high={STRENGTH_STRONG_BITS}
          optimum={STRENGTH_STRONG_BITS + 16}
          value={Math.min(STRENGTH_STRONG_BITS + 16, strength.bits)}
          aria-label={t('sentence.strength', { level: levelText })}
        />
        <span aria-hidden="true">{t('sentence.strength', { level: levelText })}</span>
      </div>
      <p className="field-hint">{t('sentence.sayIt')}</p>
      <TextField
        label={t('sentence.repeat')}
        value={repeat}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        onChange={(e) => {
          onRepeat(e.target.value);
        }}
        error={problem === 'mismatch' ? t('sentence.mismatch') : undefined}
      />
    </div>
  );
}
