import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';

import { Notice } from '@/components';
import { useBookActivity } from '../hooks/use-book-activity';
import { exportReminder } from '../lib/reminder';

/**
 * Shown on every page of an open book when an export is due (the export is also the backup),
 * except on the handover page itself, which says the same thing in its own words.
 */
export function ExportReminder({ bookId, createdAt }: { bookId: string; createdAt: string }) {
  const { t } = useTranslation();
  const activity = useBookActivity(bookId);
  const onHandover = useMatch('/book/:bookId/handover') !== null;
  if (!activity || onHandover) return null;
  const reminder = exportReminder({ createdAt, ...activity, now: new Date() });
  if (reminder.kind === 'none') return null;
  return (
    <Notice
      tone="warning"
      actions={
        <Link className="btn btn-secondary" to={`/book/${bookId}/handover`}>
          {t('handover.reminder.action')}
        </Link>
      }
    >
      {reminder.kind === 'never'
        ? t('handover.reminder.never')
        : t('handover.reminder.due', { count: reminder.days })}
    </Notice>
  );
}
