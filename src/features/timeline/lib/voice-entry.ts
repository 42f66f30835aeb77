import type { TFunction } from 'i18next';

import { nowIso } from '@/domain';
import type { Entry } from '@/domain';

import { quickDate } from './quick-entry';

/**
 * The entry a voice memory told on the road makes: a memory of the month it was told, titled
 * "Lydminde fra december 2026" until the child (or an adult with them) writes a title, with the
 * voice note as its only item. No typing was needed to make it.
 */
export function makeVoiceEntry(ctx: {
  bookId: string;
  entryId: string;
  voiceId: string;
  now: Date;
  t: TFunction;
}): Entry {
  const date = quickDate(ctx.now);
  const at = nowIso(ctx.now);
  return {
    id: ctx.entryId,
    bookId: ctx.bookId,
    kind: 'memory',
    title: ctx.t('voice.note.title', {
      when: ctx.t('date.month', { month: date.month, year: date.year }),
    }),
    text: '',
    date,
    personIds: [],
    photoIds: [ctx.voiceId],
    author: { kind: 'child' },
    visibility: 'book',
    createdAt: at,
    updatedAt: at,
  };
}
