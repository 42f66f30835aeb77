import { useTranslation } from 'react-i18next';

import type { SecretWord } from '@/crypto';

export interface ChosenPicturesProps {
  chosen: readonly SecretWord[];
  wordName: (word: SecretWord) => string;
  /** Empty places shown until this many are chosen: the same for every book, so it tells nothing. */
  slots: number;
}

/** The pictures chosen so far, in order, each with its word. */
export function ChosenPictures({ chosen, wordName, slots }: ChosenPicturesProps) {
  const { t } = useTranslation();
  const empty = Math.max(0, slots - chosen.length);
  return (
    <>
      <ol className="chosen-pictures" aria-label={t('pictureKeyboard.chosen')}>
        {chosen.map((w, i) => (
          // The same picture may be chosen twice: its place makes the key.
          <li key={`${i}-${w.da}`} className="chosen-picture" data-word={w.da}>
            <span className="chosen-picture-emoji" aria-hidden="true">
              {w.emoji}
            </span>
            <span className="chosen-picture-word">{wordName(w)}</span>
          </li>
        ))}
        {Array.from({ length: empty }, (_, i) => (
          <li
            key={`empty-${i}`}
            className="chosen-picture chosen-picture-empty"
            aria-hidden="true"
          />
        ))}
      </ol>
      {chosen.length === 0 ? <p className="field-hint">{t('pictureKeyboard.empty')}</p> : null}
    </>
  );
}
