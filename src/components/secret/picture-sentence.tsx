import { useTranslation } from 'react-i18next';

import { findWord, type SecretWord } from '@/crypto';

import { Button } from '../button';

import { PictureKeyboard } from './picture-keyboard';
import { NewWordsButton } from './new-words-button';
import { sentenceWords } from './sentence';

export interface PictureSentenceProps {
  sentence: string;
  /** Picking sets the sentence and its repeat alike: a tapped picture cannot be mistyped. */
  onSentence: (sentence: string) => void;
  error?: string;
}

/** The sentence's list words, or none when it has a word of the child's own (no picture). */
export function sentencePictures(sentence: string): readonly SecretWord[] {
  const words = sentenceWords(sentence).map((w) => findWord(w.word));
  return words.every((w): w is SecretWord => w !== undefined) ? words : [];
}

/** Making the sentence by pictures: keep the five proposed, ask for others, or tap your own. */
export function PictureSentence({ sentence, onSentence, error }: PictureSentenceProps) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('pictureKeyboard.makeHint')}</p>
      <PictureKeyboard
        chosen={sentencePictures(sentence)}
        onChange={(chosen) => {
          onSentence(chosen.map((w) => w.da).join(' '));
        }}
        error={error}
        actions={
          <>
            <NewWordsButton onSentence={onSentence} />
            <Button
              variant="quiet"
              onClick={() => {
                onSentence('');
              }}
            >
              {t('pictureKeyboard.startOver')}
            </Button>
          </>
        }
      />
    </>
  );
}
