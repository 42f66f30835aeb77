import { useTranslation } from 'react-i18next';

import { EmojiPicture, LabelledSection, Notice, PictureBoard, wordNameIn } from '@/components';
import { findWord, type SecretWord } from '@/crypto';
import type { AgeMode } from '@/domain';

import { useLikeToggle } from '../hooks/use-like-toggle';

/**
 * "Things I like" by picture: the picture keyboard's pictures as toggles, each tap saved at
 * once, the chosen ones listed above them (a tap there takes one away). Typing stays in the
 * form below.
 */
export function LikePictures({
  bookId,
  likes,
  ageMode,
}: {
  bookId: string;
  likes: readonly string[];
  ageMode: AgeMode;
}) {
  const { t, i18n } = useTranslation();
  const wordName = wordNameIn(i18n.language);
  const { shown, status, error, toggle } = useLikeToggle(bookId, likes);
  const chosen = shown.map((w) => findWord(w)).filter((w): w is SecretWord => w !== undefined);

  return (
    <LabelledSection
      title={t('meNowPictures.likes.title')}
      headingClassName="me-now-pictures-title"
      className="me-now-likes"
    >
      {chosen.length > 0 ? (
        <ul className="me-now-liked" aria-label={t('meNowPictures.likes.chosen')}>
          {chosen.map((w) => (
            <li key={w.da}>
              <button
                type="button"
                className="chip chip-chosen me-now-liked-item"
                aria-label={t('meNowPictures.likes.remove', { word: wordName(w) })}
                onClick={() => {
                  toggle(w);
                }}
              >
                <EmojiPicture emoji={w.emoji} size={32} /> {wordName(w)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('meNowPictures.likes.none')}</p>
      )}
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {/* Open at once in the young mode; one tap away in the others. */}
      <details className="picture-choice-box" open={ageMode === 'young'}>
        <summary>{t('meNowPictures.likes.toggle')}</summary>
        <p className="field-hint">{t('meNowPictures.likes.hint')}</p>
        <PictureBoard
          speechKey="me-now-likes"
          onPick={toggle}
          pressed={(w) => shown.includes(w.da)}
        />
      </details>
    </LabelledSection>
  );
}
