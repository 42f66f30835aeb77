import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { WORD_CATEGORIES, type SecretWord, type WordCategoryId } from '@/crypto';

import { useHoldToHear } from '../hold-to-hear';

import { CategoryTabs } from './category-tabs';
import { PictureGrid } from './picture-grid';

export interface PictureBoardProps {
  onPick: (word: SecretWord) => void;
  /** Backspace on a tile: the picture keyboard takes its last picture back. */
  onUndo?: () => void;
  /** Given where a tile is a toggle (likes on "Me now"): whether it is chosen (`aria-pressed`). */
  pressed?: (word: SecretWord) => boolean;
  /** Whose voice it is, so only this board's "speaking" state follows it. */
  speechKey: string;
}

/** A list word's name in the interface's language. */
export function wordNameIn(language: string): (word: SecretWord) => string {
  return (w) => (language === 'en' ? w.en : w.da);
}

/**
 * The whole picture list in its kinds (tabs) with big tiles: a tap chooses a picture, a long
 * press reads its word aloud with a voice on the device. Shared by the picture keyboard (the
 * secret sentence) and the likes on "Me now", so a child meets one set of pictures everywhere.
 */
export function PictureBoard({ onPick, onUndo, pressed, speechKey }: PictureBoardProps) {
  const { i18n } = useTranslation();
  const hold = useHoldToHear(speechKey);
  const [category, setCategory] = useState<WordCategoryId>('animals');
  const id = useId();
  const tabId = (c: WordCategoryId) => `${id}-tab-${c}`;
  const panelId = `${id}-panel`;
  const words = WORD_CATEGORIES.find((c) => c.id === category)?.words ?? [];
  const wordName = wordNameIn(i18n.language);

  return (
    <>
      <CategoryTabs
        categories={WORD_CATEGORIES}
        active={category}
        onChange={setCategory}
        tabId={tabId}
        panelId={panelId}
      />
      <div id={panelId} role="tabpanel" aria-labelledby={tabId(category)}>
        <PictureGrid
          key={category}
          words={words}
          wordName={wordName}
          onPick={onPick}
          onHear={(w) => {
            hold.hear(wordName(w));
          }}
          onUndo={onUndo}
          pressed={pressed}
        />
      </div>
      {hold.hint}
    </>
  );
}
