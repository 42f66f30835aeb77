import '../me-now.css';
import '../me-now-pictures.css';

import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { Notice } from '@/components';
import { currentAge } from '@/domain';
import { usePurgeBin } from '@/hooks';

import { useBookCounts, useBookDetails, useBookSummary, usePhotos } from '../hooks/use-book';

import { FeelingNow } from './feeling-now';
import { LikePictures } from './like-pictures';
import { MeCover } from './me-cover';
import { MeCoverNow } from './me-cover-now';
import { MeCoverVoices } from './me-cover-voices';
import { MeNowForm } from './me-now-form';
import { MeNowPhoto } from './me-now-photo';
import { MeNowPrompts } from './me-now-prompts';
import { PhotoStrip } from './photo-strip';

/** One empty list for every render, so the likes picker sees "no change" as no change. */
const NO_LIKES: readonly string[] = [];

/** The book's home and cover: start in the present ("me now"). */
export function MeNowPage() {
  const { t } = useTranslation();
  const { bookId = '' } = useParams();
  const summary = useBookSummary(bookId);
  const details = useBookDetails(bookId);
  const counts = useBookCounts(bookId);
  const photos = usePhotos(bookId);
  usePurgeBin(bookId);
  if (!summary || !details) return <p role="status">{t('app.loading')}</p>;
  const age = currentAge(details.birthDate, new Date());
  const damaged = photos?.damaged.length ?? 0;
  const { cover } = summary;

  return (
    <div className="me-now">
      <MeCover
        bookId={bookId}
        name={cover.nickname}
        age={age}
        colour={cover.colour}
        counts={counts}
        now={
          <>
            <MeCoverNow
              feeling={details.meNow.feeling}
              likes={details.meNow.likePictures ?? NO_LIKES}
            />
            <MeCoverVoices voiceIds={details.meNow.voiceIds} items={photos?.items ?? []} />
          </>
        }
        photo={
          <MeNowPhoto
            bookId={bookId}
            meNow={details.meNow}
            photoInBook={photos?.items.some((p) => p.id === details.meNow.photoId) ?? false}
            name={cover.nickname}
            placeholder={cover.emoji}
          />
        }
      />
      {damaged > 0 ? (
        <Notice tone="warning">{t('meNow.damaged', { count: damaged })}</Notice>
      ) : null}
      <FeelingNow bookId={bookId} feeling={details.meNow.feeling} />
      <LikePictures
        bookId={bookId}
        likes={details.meNow.likePictures ?? NO_LIKES}
        ageMode={cover.ageMode}
      />
      <p className="lead">{t('meNow.intro')}</p>
      <MeNowPrompts bookId={bookId} ageMode={cover.ageMode} />
      <MeNowForm
        key={bookId}
        bookId={bookId}
        meNow={details.meNow}
        ageMode={cover.ageMode}
        items={photos?.items}
      />
      <PhotoStrip bookId={bookId} />
    </div>
  );
}
