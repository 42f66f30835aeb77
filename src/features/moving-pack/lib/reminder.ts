/**
 * The export is also the book's backup, so the app reminds the user when the book has changed
 * and the last export (or, if there is none, the book itself) is 30 days old or more.
 */
export const REMIND_AFTER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export type Reminder = { kind: 'none' } | { kind: 'never' } | { kind: 'due'; days: number };

export function exportReminder(input: {
  createdAt: string;
  changedAt?: string;
  exportedAt?: string;
  now: Date;
}): Reminder {
  const { changedAt, exportedAt, now } = input;
  const since = Date.parse(exportedAt ?? input.createdAt);
  const days = Math.floor((now.getTime() - since) / DAY_MS);
  if (Number.isNaN(days) || days < REMIND_AFTER_DAYS) return { kind: 'none' };
  if (exportedAt === undefined)
    return changedAt === undefined ? { kind: 'none' } : { kind: 'never' };
  if (changedAt === undefined || Date.parse(changedAt) <= Date.parse(exportedAt)) {
    return { kind: 'none' };
  }
  return { kind: 'due', days };
}
