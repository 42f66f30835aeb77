import type { SecretWord } from '@/crypto';

import { PictureTile } from './picture-tile';
import { useRovingFocus } from './use-roving-focus';

export interface PictureGridProps {
  words: readonly SecretWord[];
  wordName: (word: SecretWord) => string;
  onPick: (word: SecretWord) => void;
  onHear: (word: SecretWord) => void;
  /** Backspace: the picture keyboard takes its last picture back. */
  onUndo?: (() => void) | undefined;
  /** Given where tiles are toggles: whether a word is chosen. */
  pressed?: ((word: SecretWord) => boolean) | undefined;
}

/**
 * The pictures of one kind, as one tab stop: arrow keys move through the tiles (up and down by a
 * row), Enter or Space chooses, Backspace takes the last picture back.
 */
export function PictureGrid({
  words,
  wordName,
  onPick,
  onHear,
  onUndo,
  pressed,
}: PictureGridProps) {
  const roving = useRovingFocus(words.length, true);
  return (
    // The keys belong to the tiles inside; the div only hears them bubble up.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className="tile-grid picture-grid"
      onKeyDown={(e) => {
        if (e.key === 'Backspace' && onUndo) {
          e.preventDefault();
          onUndo();
          return;
        }
        roving.onKeyDown(e);
      }}
    >
      {words.map((w, i) => (
        <PictureTile
          key={w.da}
          word={w}
          name={wordName(w)}
          focusable={i === roving.active}
          pressed={pressed?.(w)}
          buttonRef={roving.itemRef(i)}
          onPick={onPick}
          onHear={onHear}
          onFocus={() => {
            roving.setActive(i);
          }}
        />
      ))}
    </div>
  );
}
