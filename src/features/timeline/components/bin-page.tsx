import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmojiPicture, EmptyState, Notice } from '@/components';
import { useErrorText } from '@/components';
import { deleteEntryForever, restoreEntry } from '@/db';
import type { Entry } from '@/domain';
import { useBookContext } from '../hooks/use-book-context';
import { useBinnedEntries } from '../hooks/use-timeline-data';
import { timelinePath } from '../lib/paths';
import { PICTURES } from '../lib/pictures';

import { BackToTimeline } from './back-to-timeline';
import { BinItem } from './bin-item';

/** Newest first: what was just deleted is what a child most likely wants back. */
function newestFirst(a: Entry, b: Entry): number {
  return (b.deletedAt ?? '').localeCompare(a.deletedAt ?? '');
}

/** The bin: everything deleted in the last 30 days, each one restorable. */
export function BinPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { bookId, birth } = useBookContext();
  const binned = useBinnedEntries(bookId);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const now = new Date();

  const act = async (entry: Entry, action: 'restore' | 'delete') => {
    setBusyId(entry.id);
    setStatus(null);
    try {
      if (action === 'restore') {
        await restoreEntry(bookId, entry.id, birth);
        setStatus({ tone: 'success', text: t('timeline.entry.restored', { title: entry.title }) });
      } else {
        await deleteEntryForever(bookId, entry.id);
        setStatus({ tone: 'success', text: t('timeline.bin.deleted', { title: entry.title }) });
      }
    } catch (e) {
      setStatus({ tone: 'error', text: errorText(e) });
    } finally {
      setBusyId(null);
    }
  };

  return (
    <div className="bin-page">
      <BackToTimeline bookId={bookId} />
      <h1>
        <EmojiPicture emoji={PICTURES.bin} /> {t('timeline.bin.title')}
      </h1>
      <p className="lead">{t('timeline.bin.intro')}</p>
      {status ? <Notice tone={status.tone}>{status.text}</Notice> : null}
      {!binned ? (
        <p role="status">{t('app.loading')}</p>
      ) : binned.items.length === 0 ? (
        <EmptyState
          picture={PICTURES.bin}
          title={t('empty.bin.title')}
          text={t('bin.empty')}
          action={
            <Link className="btn btn-primary" to={timelinePath(bookId)}>
              {t('empty.bin.action')}
            </Link>
          }
        />
      ) : (
        <ul className="bin-list">
          {[...binned.items].sort(newestFirst).map((entry) => (
            <BinItem
              key={entry.id}
              entry={entry}
              now={now}
              busy={busyId === entry.id}
              onRestore={() => void act(entry, 'restore')}
              onDelete={() => void act(entry, 'delete')}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
