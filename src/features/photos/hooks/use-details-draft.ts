import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { updatePhotos } from '@/db';
import { isTooLong, nowIso, TEXT_LIMITS } from '@/domain';
import type { FuzzyDate, Photo } from '@/domain';
import { useSaveForm } from '@/hooks';
import type { YearMonth } from '../components/photo-date-fields';

export const CAPTION_MAX = TEXT_LIMITS.caption;
export const TITLE_MAX = TEXT_LIMITS.title;
export const GIVEN_BY_MAX = TEXT_LIMITS.name;

/** A changed year or month replaces the date; an unchanged one keeps the camera's day. */
function nextDate(before: FuzzyDate | undefined, ym: YearMonth): FuzzyDate | undefined {
  if (ym.year === undefined) return undefined;
  if (before?.year === ym.year && before.month === ym.month) return before;
  return ym.month === undefined ? { year: ym.year } : { year: ym.year, month: ym.month };
}

const NO_ERRORS = { caption: undefined, title: undefined, givenBy: undefined };

export interface DetailsDraft {
  caption: string;
  title: string;
  givenBy: string;
  when: YearMonth;
  personIds: string[];
  hidden: boolean;
}

/** An optional text, trimmed; `undefined` when empty, so the record leaves it out. */
function optional(value: string): string | undefined {
  const v = value.trim();
  return v === '' ? undefined : v;
}

function nextItem(item: Photo, d: DetailsDraft): Photo {
  const next: Photo = {
    ...item,
    caption: d.caption.trim(),
    personIds: d.personIds,
    hidden: d.hidden,
    updatedAt: nowIso(),
  };
  const title = optional(d.title);
  const givenBy = optional(d.givenBy);
  if (title) next.title = title;
  else delete next.title;
  if (givenBy) next.givenBy = givenBy;
  else delete next.givenBy;
  const takenAt = nextDate(item.takenAt, d.when);
  if (takenAt) next.takenAt = takenAt;
  else delete next.takenAt;
  return next;
}

/**
 * The child's words and choices about an item while she edits them, checked and saved on Save.
 * A text over its limit is refused with a translated message and nothing is written.
 */
export function useDetailsDraft(item: Photo) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<DetailsDraft>({
    caption: item.caption ?? '',
    title: item.title ?? '',
    givenBy: item.givenBy ?? '',
    when: { year: item.takenAt?.year, month: item.takenAt?.month },
    personIds: item.personIds,
    hidden: item.hidden ?? false,
  });
  const errors = {
    caption: isTooLong(draft.caption.trim(), CAPTION_MAX)
      ? t('limits.captionTooLong', { max: CAPTION_MAX })
      : undefined,
    title: isTooLong(draft.title.trim(), TITLE_MAX)
      ? t('limits.tooLong', { max: TITLE_MAX })
      : undefined,
    givenBy: isTooLong(draft.givenBy.trim(), GIVEN_BY_MAX)
      ? t('limits.tooLong', { max: GIVEN_BY_MAX })
      : undefined,
  };
  const { checked, setStatus, saveForm } = useSaveForm({
    problem: () => errors.caption ?? errors.title ?? errors.givenBy,
    write: () => updatePhotos(item.bookId, [nextItem(item, draft)]),
    done: t('photos.details.saved'),
  });
  const change = (patch: Partial<DetailsDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setStatus(null);
  };
  return { draft, change, saveForm, errors: checked ? errors : NO_ERRORS };
}
