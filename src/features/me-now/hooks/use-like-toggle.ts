import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useErrorText, wordNameIn } from '@/components';
import type { SecretWord } from '@/crypto';
import { LIKE_PICTURES_MAX, sameLikes, toggleLikePicture } from '@/domain';

import { saveMeNow } from '../lib/save-me-now';

/**
 * The liked pictures as shown, and a toggle that saves each tap at once. Taps show at once and
 * are saved one after the other, so quick taps are never lost; the tapped list gives way to the
 * stored one as soon as the store holds the same.
 */
export function useLikeToggle(bookId: string, likes: readonly string[]) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const wordName = wordNameIn(i18n.language);
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

  return { shown, status, error, toggle };
}
