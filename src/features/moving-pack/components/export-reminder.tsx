import { useTranslation } from 'react-i18next';
import { useMatch } from 'react-router';

import { MovingPackLink, Notice } from '@/components';
import { useBookActivity } from '../hooks/use-book-activity';
import { exportReminder } from '../lib/reminder';

/**
 * Shown on every page of an open book when an export is due (the export is also the backup),
 * except on the pack page itself, which says the same thing in its own words.
 */
export function ExportReminder({ bookId, createdAt }: { bookId: string; createdAt: string }) {
  const { t } = useTranslation();
  const activity = useBookActivity(bookId);
  const onMovingPackPage = useMatch('/book/:bookId/moving-pack') !== null;
  if (!activity || onMovingPackPage) return null;
  const reminder = exportReminder({ createdAt, ...activity, now: new Date() });
  if (reminder.kind === 'none') return null;
  return (
    <Notice tone="warning" actions={<MovingPackLink bookId={bookId} />}>
      {reminder.kind === 'never'
        ? t('pack.reminder.never')
        : t('pack.reminder.due', { count: reminder.days })}
    </Notice>
  );
}
