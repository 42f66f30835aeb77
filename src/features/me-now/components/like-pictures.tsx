import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmojiPicture, Notice, PictureBoard, useErrorText, wordNameIn } from '@/components';
import { findWord, type SecretWord } from '@/crypto';
import { LIKE_PICTURES_MAX, sameLikes, toggleLikePicture } from '@/domain';
import type { AgeMode } from '@/domain';

import { saveMeNow } from '../lib/save-me-now';

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
  const errorText = useErrorText();
  const headingId = useId();
  const wordName = wordNameIn(i18n.language);
  // Taps show at once and are saved one after the other, so quick taps are never lost; the
  // tapped list gives way to the stored one as soon as the store holds the same.
  const [tapped, setTapped] = useState<readonly string[] | null>(null);
  const [seen, setSeen] = useState(likes);
  if (seen !== likes) {
    setSeen(likes);
    if (tapped && sameLikes(tapped, likes)) setTapped(null);
  }
  const saving = useRef<Promise<void>>(Promise.resolve());
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const shown = tapped ?? likes;
  const chosen = shown.map((w) => findWord(w)).filter((w): w is SecretWord => w !== undefined);

  const toggle = (word: SecretWord) => {
    const result = toggleLikePicture(shown, word.da);
    if (!result.ok) {
      setError(t('meNowPictures.likes.tooMany', { max: LIKE_PICTURES_MAX }));
      return;
    }
    const next = result.likes;
    const added = next.length > shown.length;
    setTapped(next);
    setError(null);
    setStatus(
      t(added ? 'meNowPictures.likes.added' : 'meNowPictures.likes.removed', {
        word: wordName(word),
      }),
    );
    saving.current = saving.current.then(async () => {
      try {
        await saveMeNow(bookId, { likePictures: next });
      } catch (e) {
        setTapped(null);
        setError(t('meNowPictures.saveFailed', { reason: errorText(e) }));
      }
    });
  };

  return (
    <section className="me-now-likes" aria-labelledby={headingId}>
      <h2 id={headingId} className="me-now-pictures-title">
        {t('meNowPictures.likes.title')}
      </h2>
      {chosen.length > 0 ? (
        <ul className="me-now-liked" aria-label={t('meNowPictures.likes.chosen')}>
          {chosen.map((w) => (
            <li key={w.da}>
              <button
                type="button"
                className="me-now-liked-item"
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
    </section>
  );
}
