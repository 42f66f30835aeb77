import type { SecretWord } from '@/crypto';

import { useLongPress } from './use-long-press';

export interface PictureTileProps {
  word: SecretWord;
  /** The word in the interface's language: what the tile says, and what a screen reader hears. */
  name: string;
  focusable: boolean;
  /** Given where the tile is a toggle (likes on "Me now"): whether it is chosen. */
  pressed?: boolean;
  buttonRef: (el: HTMLElement | null) => void;
  onPick: (word: SecretWord) => void;
  onHear: (word: SecretWord) => void;
  onFocus: () => void;
}

/** One big picture with its word; a tap chooses it, a long press reads the word aloud. */
export function PictureTile({
  word,
  name,
  focusable,
  pressed,
  buttonRef,
  onPick,
  onHear,
  onFocus,
}: PictureTileProps) {
  const press = useLongPress(() => {
    onHear(word);
  });
  return (
    <button
      ref={buttonRef}
      type="button"
      className="picture-tile"
      data-word={word.da}
      aria-pressed={pressed}
      tabIndex={focusable ? 0 : -1}
      onFocus={onFocus}
      {...press.handlers}
      onClick={() => {
        if (press.consumeLongPress()) return;
        onPick(word);
      }}
    >
      <span className="picture-tile-emoji" aria-hidden="true">
        {word.emoji}
      </span>
      <span className="picture-tile-word">{name}</span>
    </button>
  );
}
