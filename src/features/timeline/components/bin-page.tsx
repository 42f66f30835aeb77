import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { BinPageShell } from '@/components';
import { deleteEntryForever, restoreEntry } from '@/db';
import type { Entry } from '@/domain';
import { useBinActions } from '@/hooks';
import { useBookContext } from '../hooks/use-book-context';
import { useBinnedEntries } from '../hooks/use-timeline-data';
import { timelinePath } from '../lib/paths';

import { BackToTimeline } from './back-to-timeline';
import { EntryBinItem } from './entry-bin-item';

/** The bin: everything deleted in the last 30 days, each one restorable. */
export function BinPage() {
  const { t } = useTranslation();
  const { bookId, birth } = useBookContext();
  const binned = useBinnedEntries(bookId);
  const bin = useBinActions<Entry>({
    restore: (entry) => restoreEntry(bookId, entry.id, birth),
    remove: (entry) => deleteEntryForever(bookId, entry.id),
    restored: (entry) => t('timeline.entry.restored', { title: entry.title }),
    deleted: (entry) => t('timeline.bin.deleted', { title: entry.title }),
  });

  return (
    <BinPageShell
      className="bin-page"
      listClassName="bin-list"
      back={<BackToTimeline bookId={bookId} />}
      title={t('timeline.bin.title')}
      intro={t('timeline.bin.intro')}
      loading={t('app.loading')}
      emptyAction={
        <Link className="btn btn-primary" to={timelinePath(bookId)}>
          {t('empty.bin.action')}
        </Link>
      }
      bin={bin}
      items={binned?.items}
    >
      {(entry, actions) => <EntryBinItem key={entry.id} entry={entry} {...actions} />}
    </BinPageShell>
  );
}
