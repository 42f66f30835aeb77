import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import { Notice } from '@/components';
import { PeoplePicker } from '@/components';
import { ReadAloudButton } from '@/components';
import { TextArea } from '@/components';
import { useErrorText } from '@/components';
import { updatePhotos } from '@/db';
import { nowIso } from '@/domain';
import { isTooLong, TEXT_LIMITS } from '@/domain';
import type { FuzzyDate, Locale, Person, Photo } from '@/domain';

import { PhotoDateFields, type YearMonth } from './photo-date-fields';

export const CAPTION_MAX = TEXT_LIMITS.caption;

/** A changed year or month replaces the date; an unchanged one keeps the camera's day. */
function nextDate(before: FuzzyDate | undefined, ym: YearMonth): FuzzyDate | undefined {
  if (ym.year === undefined) return undefined;
  if (before?.year === ym.year && before.month === ym.month) return before;
  return ym.month === undefined ? { year: ym.year } : { year: ym.year, month: ym.month };
}

/** The child's words for a photo, when it was taken, who is in it, and whether it is hidden. */
export function PhotoDetailsForm({
  photo,
  people,
  locale,
}: {
  photo: Photo;
  people: Person[];
  locale: Locale;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [caption, setCaption] = useState(photo.caption ?? '');
  const [when, setWhen] = useState<YearMonth>({
    year: photo.takenAt?.year,
    month: photo.takenAt?.month,
  });
  const [personIds, setPersonIds] = useState(photo.personIds);
  const [hidden, setHidden] = useState(photo.hidden ?? false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const changed = () => {
    setStatus(null);
  };

  const captionTooLong = isTooLong(caption.trim(), CAPTION_MAX);
  // The message under the caption shows once Save has been pressed, not while typing.
  const [checked, setChecked] = useState(false);

  const save = async () => {
    setChecked(true);
    if (captionTooLong) {
      setStatus({ tone: 'error', text: t('limits.captionTooLong', { max: CAPTION_MAX }) });
      return;
    }
    setBusy(true);
    setStatus(null);
    try {
      const next: Photo = {
        ...photo,
        caption: caption.trim(),
        personIds,
        hidden,
        updatedAt: nowIso(),
      };
      const takenAt = nextDate(photo.takenAt, when);
      if (takenAt) next.takenAt = takenAt;
      else delete next.takenAt;
      await updatePhotos(photo.bookId, [next]);
      setStatus({ tone: 'success', text: t('photos.details.saved') });
    } catch (e) {
      setStatus({ tone: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="photo-details-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <TextArea
        label={t('photos.details.caption')}
        hint={t('photos.details.captionHint')}
        value={caption}
        limit={CAPTION_MAX}
        error={
          checked && captionTooLong ? t('limits.captionTooLong', { max: CAPTION_MAX }) : undefined
        }
        onChange={(e) => {
          setCaption(e.target.value);
          changed();
        }}
      />
      <ReadAloudButton speechKey={`caption-${photo.id}`} text={caption} locale={locale} />
      <PhotoDateFields
        value={when}
        onChange={(v) => {
          setWhen(v);
          changed();
        }}
      />
      <PeoplePicker
        legend={t('photos.details.people')}
        emptyHint={people.length === 0 ? t('photos.details.noPeople') : undefined}
        listClassName="plain-choices"
        people={people}
        selected={personIds}
        onChange={(ids) => {
          setPersonIds(ids);
          changed();
        }}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={hidden}
          onChange={(e) => {
            setHidden(e.target.checked);
            changed();
          }}
        />
        <span>{t('photos.details.hide')}</span>
      </label>
      <p className="field-hint">{t('photos.details.hideHint')}</p>
      <div className="actions">
        <Button type="submit" busy={busy}>
          {t('photos.details.save')}
        </Button>
      </div>
      {status ? <Notice tone={status.tone}>{status.text}</Notice> : null}
    </form>
  );
}
