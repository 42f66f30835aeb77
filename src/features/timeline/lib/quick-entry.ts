import type { TFunction } from 'i18next';

import { newId, nowIso } from '@/domain';
import type { Entry, EntryKind, FuzzyDate } from '@/domain';

import { isPeriodKind } from './kinds';

/** What the no-typing flow collects: a kind by picture, a feeling, photos. */
export interface QuickChoice {
  kind: EntryKind | undefined;
  feeling: string;
  photoIds: readonly string[];
}

export type QuickProblem = 'kindMissing';

/** The month a quick memory is placed in: the child can make it more exact later. */
export function quickDate(now: Date): FuzzyDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

/**
 * A title made from the kind and the month, in the interface's language ("Et minde fra juni
 * 2026"), so the card has something to say before the child has written a word.
 */
export function quickTitle(t: TFunction, kind: EntryKind, date: FuzzyDate): string {
  const when = t('date.month', { month: date.month, year: date.year });
  return t(`road.titles.${kind}`, { when });
}

/**
 * The entry the quick flow saves, or the problem that stops it. A moment gets the month as its
 * date; a home, school or club starts that month (its end left unknown, not "until now", since
 * nobody said so).
 */
export function makeQuickEntry(
  choice: QuickChoice,
  ctx: { bookId: string; now: Date; t: TFunction },
): { entry: Entry } | { problem: QuickProblem } {
  const kind = choice.kind;
  if (!kind) return { problem: 'kindMissing' };
  const date = quickDate(ctx.now);
  const at = nowIso(ctx.now);
  return {
    entry: {
      id: newId(),
      bookId: ctx.bookId,
      kind,
      title: quickTitle(ctx.t, kind, date),
      text: '',
      ...(isPeriodKind(kind) ? { period: { start: date } } : { date }),
      ...(choice.feeling ? { feeling: choice.feeling } : {}),
      personIds: [],
      photoIds: [...new Set(choice.photoIds)],
      author: { kind: 'child' },
      visibility: 'book',
      createdAt: at,
      updatedAt: at,
    },
  };
}
