import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { SecretInput } from '@/domain';

import { PictureSentence, sentencePictures } from './picture-sentence';
import { SecretInputSwitch } from './secret-input-switch';
import type { SentenceProblem } from './sentence';
import { SentenceStrength } from './sentence-strength';
import { TypedSentence } from './typed-sentence';

export interface SentencePickerProps {
  sentence: string;
  repeat: string;
  onSentence: (sentence: string) => void;
  onRepeat: (repeat: string) => void;
  problem: SentenceProblem | null;
  locale: string;
  /** The book's name: it counts nothing in the sentence (anyone can read it on the shelf). */
  bookName?: string;
  /** Pictures to start with (the young mode), or typing; the child can switch. */
  input?: SecretInput;
}

/**
 * Making the secret sentence, by pictures (a child who cannot spell taps them) or by typing (the
 * proposed words as picture cards, own words allowed), with how strong the sentence is.
 */
export function SentencePicker(props: SentencePickerProps) {
  const { t } = useTranslation();
  const { sentence, repeat, onSentence, onRepeat, problem, bookName } = props;
  const [input, setInput] = useState<SecretInput>(props.input ?? 'typing');
  const weakness = {
    tooFewWords: t('secret.tooFewWords'),
    tooWeak: t('secret.tooWeak'),
    repeated: t('secret.repeated'),
    trivial: t('secret.trivial'),
    bookName: t('secret.bookName'),
  };
  const error = problem === null || problem === 'mismatch' ? undefined : weakness[problem];

  // A tapped picture cannot be mistyped: with pictures, the repeat is the sentence itself.
  useEffect(() => {
    if (input === 'pictures' && repeat !== sentence) onRepeat(sentence);
  }, [input, sentence, repeat, onRepeat]);

  const switchTo = (next: SecretInput) => {
    setInput(next);
    if (next === 'typing') onRepeat('');
    // Own words have no pictures: the child starts the pictures afresh.
    else if (sentencePictures(sentence).length === 0) onSentence('');
  };

  return (
    <div className={`sentence-picker sentence-picker-${input}`}>
      <SecretInputSwitch value={input} onChange={switchTo} />
      {input === 'pictures' ? (
        <>
          <PictureSentence sentence={sentence} onSentence={onSentence} error={error} />
          <SentenceStrength sentence={sentence} bookName={bookName} />
        </>
      ) : (
        <TypedSentence {...props} error={error} mismatch={problem === 'mismatch'} />
      )}
    </div>
  );
}
