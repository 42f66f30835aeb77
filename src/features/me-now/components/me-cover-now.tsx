import { useTranslation } from 'react-i18next';

import { EmojiPicture, wordNameIn } from '@/components';
import { findWord, type SecretWord } from '@/crypto';
import { feelingId } from '@/domain';

/**
 * On the cover, under the name and age: how I feel now and what I like, as pictures with their
 * words, so the cover says who the child is today before anything else is read.
 */
export function MeCoverNow({
  feeling,
  likes,
}: {
  feeling: string | undefined;
  likes: readonly string[];
}) {
  const { t, i18n } = useTranslation();
  const wordName = wordNameIn(i18n.language);
  const id = feelingId(feeling);
  const liked = likes.map((w) => findWord(w)).filter((w): w is SecretWord => w !== undefined);
  if (!feeling && liked.length === 0) return null;
  return (
    <div className="me-cover-now">
      {feeling ? (
        <p className="me-cover-feeling">
          <EmojiPicture emoji={feeling} size={40} />{' '}
          {t('meNowPictures.cover.feeling', { name: id ? t(`timeline.feelings.${id}`) : feeling })}
        </p>
      ) : null}
      {liked.length > 0 ? (
        <>
          <p className="me-cover-likes-title">{t('meNowPictures.cover.likes')}</p>
          <ul className="me-cover-likes">
            {liked.map((w) => (
              <li key={w.da}>
                <EmojiPicture emoji={w.emoji} size={28} /> {wordName(w)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
