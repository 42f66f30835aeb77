import { useState } from 'react';

import { validateSentence, type SentencePickerProps, type SentenceProblem } from '@/components';

/** What a `SentencePicker` shows and changes: spread it into the picker. */
export type SentenceFields = Pick<
  SentencePickerProps,
  'sentence' | 'repeat' | 'onSentence' | 'onRepeat' | 'problem'
>;

export interface SentenceChoice {
  picker: SentenceFields;
  sentence: string;
  /** Checks the sentence and its repeat against the book's name; shows the problem, if any. */
  check: (bookName: string) => boolean;
  /** Starts again: the given sentence (or none), no repeat, no problem shown. */
  reset: (sentence?: string) => void;
}

/**
 * A secret sentence being chosen and repeated: the create wizard, a pack imported as a new book
 * and the settings' new sentence all keep the same three values and check them the same way.
 */
export function useSentenceChoice(first: () => string = () => ''): SentenceChoice {
  const [sentence, setSentence] = useState(first);
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<SentenceProblem | null>(null);
  return {
    picker: { sentence, repeat, onSentence: setSentence, onRepeat: setRepeat, problem },
    sentence,
    check: (bookName) => {
      const found = validateSentence(sentence, repeat, bookName);
      setProblem(found);
      return found === null;
    },
    reset: (next = '') => {
      setSentence(next);
      setRepeat('');
      setProblem(null);
    },
  };
}
