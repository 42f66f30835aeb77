import { useTranslation } from 'react-i18next';

import { ToggleButtons, type ValueProps } from '@/components';

import { hasWord, toggleWord } from '../lib/picture-words';

/** Pictures a young child can point at instead of spelling; each adds its word to the answer. */
const GOOD_AT = {
  running: '🏃',
  drawing: '🖍️',
  building: '🧱',
  singing: '🎤',
  helping: '🤝',
  reading: '📖',
  counting: '🔢',
  animals: '🐾',
  cooking: '🍳',
  climbing: '🧗',
  jokes: '😂',
  friends: '🫂',
} as const;

type GoodAtId = keyof typeof GOOD_AT;
const GOOD_AT_IDS = Object.keys(GOOD_AT) as GoodAtId[];

/**
 * "Choose with pictures" under "I am good at": big toggle tiles, each with its word under it. A
 * pressed tile's word is in the answer (typed or tapped); pressing again takes it out.
 */
export function PictureChoice({ value, onChange }: ValueProps<string>) {
  const { t } = useTranslation();
  const word = (id: GoodAtId) => t(`bookCover.pictures.goodAt.${id}`);
  return (
    <ToggleButtons
      label={t('bookCover.pictures.label', { field: t('meNow.goodAt') })}
      className="tile-grid picture-choice"
      buttonClassName="picture-tile"
      options={GOOD_AT_IDS}
      isPressed={(id) => hasWord(value, word(id))}
      onChange={(id) => {
        onChange(toggleWord(value, word(id)));
      }}
    >
      {(id) => (
        <>
          <span className="picture-tile-picture" aria-hidden="true">
            {GOOD_AT[id]}
          </span>
          <span className="picture-tile-word">{word(id)}</span>
        </>
      )}
    </ToggleButtons>
  );
}
