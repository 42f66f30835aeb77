import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { EmojiPicture } from '@/components';
import { ReadAloudButton } from '@/components';
import { isSealed, mediaKindOf } from '@/domain';
import { useBookContext } from '../hooks/use-book-context';
import { useBookPhotos, useEntry, usePeople } from '../hooks/use-timeline-data';
import { KIND_PICTURE } from '../lib/kinds';
import { storyText } from '../lib/story-text';

import { BackToTimeline } from './back-to-timeline';
import { AuthorLine } from './author-line';
import { EntryNamedPeople } from './entry-named-people';
import { EntryPageActions } from './entry-page-actions';
import { EntryPhotos } from './entry-photos';
import { EntryStory } from './entry-story';
import { EntryVoiceNotes } from './entry-voice-notes';
import { EntryWhen } from './entry-when';
import { FeelingMark } from './feeling-mark';
import { NotOnTimeline } from './not-on-timeline';
import { PlaceLine } from './place-line';
import { SealedEnvelope } from './sealed-envelope';

/** One entry, whole: the story, read aloud, its people and photos, and who wrote it. */
export function EntryPage() {
  const { t } = useTranslation();
  const { entryId = '' } = useParams();
  const { bookId, birth, ageMode, locale } = useBookContext();
  const entry = useEntry(bookId, entryId);
  const people = usePeople(bookId);
  const photos = useBookPhotos(bookId);
  const [opened, setOpened] = useState(false);

  if (entry === undefined) return <p role="status">{t('app.loading')}</p>;
  if (entry === null || entry.deletedAt !== undefined) return <NotOnTimeline />;

  const sealed = !opened && isSealed(entry.sealedUntil, new Date());
  const named = entry.personIds.flatMap((id) => people?.items.find((p) => p.id === id) ?? []);
  const pictures = entry.photoIds.flatMap((id) => photos?.items.find((p) => p.id === id) ?? []);
  // Voice notes play in their own section (EntryVoiceNotes), not among the pictures.
  const shown = pictures.filter((p) => mediaKindOf(p) !== 'voice');
  const readAloud = sealed ? null : (
    <ReadAloudButton
      speechKey={`page-${entry.id}`}
      name={entry.title}
      text={storyText(entry)}
      locale={locale}
      prominent={ageMode === 'young'}
    />
  );

  return (
    <article className={`entry-page kind-${entry.kind}`}>
      <BackToTimeline bookId={bookId} />
      <h1>
        <span aria-hidden="true">
          <EmojiPicture emoji={KIND_PICTURE[entry.kind]} />{' '}
        </span>
        {entry.title}
        {entry.feeling ? <FeelingMark emoji={entry.feeling} /> : null}
      </h1>
      <EntryWhen entry={entry} />
      {ageMode === 'young' ? readAloud : null}
      <PlaceLine entry={entry} />
      {sealed && entry.sealedUntil ? (
        <SealedEnvelope
          sealedUntil={entry.sealedUntil}
          onOpen={() => {
            setOpened(true);
          }}
        />
      ) : entry.text.trim() ? (
        <EntryStory text={entry.text} />
      ) : (
        <p className="field-hint">{t('timeline.entry.noStory')}</p>
      )}
      {ageMode === 'young' ? null : readAloud}
      {shown.length > 0 ? <EntryPhotos title={entry.title} photos={shown} /> : null}
      {/* A sealed letter's voice notes wait for it to be opened, like its words. */}
      {sealed ? null : <EntryVoiceNotes entry={entry} items={pictures} />}
      {named.length > 0 ? <EntryNamedPeople people={named} /> : null}
      <p className="entry-meta">
        <AuthorLine author={entry.author} />
        {entry.visibility === 'only-me' ? (
          <span className="badge badge-private">{t('timeline.onlyMe')}</span>
        ) : null}
      </p>
      <EntryPageActions bookId={bookId} entry={entry} birth={birth} sealed={sealed} />
    </article>
  );
}
