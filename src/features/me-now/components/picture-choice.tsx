import { useTranslation } from 'react-i18next';

import { hasWord, toggleWord } from '../lib/picture-words';

/** Pictures a young child can point at instead of spelling; each adds its word to the answer. */
const GOOD_AT = [
  { id: 'running', picture: '🏃' },
  { id: 'drawing', picture: '🖍️' },
  { id: 'building', picture: '🧱' },
  { id: 'singing', picture: '🎤' },
  { id: 'helping', picture: '🤝' },
  { id: 'reading', picture: '📖' },
  { id: 'counting', picture: '🔢' },
  { id: 'animals', picture: '🐾' },
  { id: 'cooking', picture: '🍳' },
  { id: 'climbing', picture: '🧗' },
  { id: 'jokes', picture: '😂' },
  { id: 'friends', picture: '🫂' },
] as const;

/**
 * "Choose with pictures" under "I am good at": big toggle tiles, each with its word under it. A
 * pressed tile's word is in the answer (typed or tapped); pressing again takes it out.
 */
export function PictureChoice({
  value,
  onChange,
}: {
  value: string;
  onChange: (next: string) => void;
}) {
  const { t } = useTranslation();
  const pictures = GOOD_AT.map((p) => ({ ...p, word: t(`bookCover.pictures.goodAt.${p.id}`) }));
  return (
    <div
      className="tile-grid picture-choice"
      role="group"
      aria-label={t('bookCover.pictures.label', { field: t('meNow.goodAt') })}
    >
      {pictures.map(({ id, picture, word }) => {
        const chosen = hasWord(value, word);
        return (
          <button
            key={id}
            type="button"
            className="picture-tile"
            aria-pressed={chosen}
            onClick={() => {
              onChange(toggleWord(value, word));
            }}
          >
            <span className="picture-tile-picture" aria-hidden="true">
              {picture}
            </span>
            <span className="picture-tile-word">{word}</span>
          </button>
        );
      })}
    </div>
  );
}
