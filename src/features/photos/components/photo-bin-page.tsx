import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmojiPicture, EmptyState, Notice, useErrorText } from '@/components';
import { deletePhotosForever, restorePhotos } from '@/db';
import type { Photo } from '@/domain';
import { useBinnedPhotos } from '../hooks/use-photo-bin';

import { photoLabel } from './gallery-group-label';
import { PhotoBinItem } from './photo-bin-item';

/** Newest first: what was just deleted is what a child most likely wants back. */
function newestFirst(a: Photo, b: Photo): number {
  return (b.deletedAt ?? '').localeCompare(a.deletedAt ?? '');
}

/** The same picture as the timeline's bin: one bin, one look. */
const BIN_PICTURE = '🗑️';

type Status = { tone: 'success' | 'error'; text: string } | null;

/** The bin of every kind of memory: deleted in the last 30 days, each one restorable. */
export function PhotoBinPage({ bookId }: { bookId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const binned = useBinnedPhotos(bookId);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const now = new Date();

  const act = async (item: Photo, action: 'restore' | 'delete') => {
    const title = photoLabel(t, item);
    setBusyId(item.id);
    setStatus(null);
    try {
      if (action === 'restore') await restorePhotos(bookId, [item.id]);
      else await deletePhotosForever(bookId, [item.id]);
      const key = action === 'restore' ? 'photoBin.restored' : 'photoBin.deleted';
      setStatus({ tone: 'success', text: t(key, { title }) });
    } catch (e) {
      setStatus({ tone: 'error', text: errorText(e) });
    } finally {
      setBusyId(null);
    }
  };

  return (
    <div className="photo-bin-page">
      <p>
        <Link to={`/book/${bookId}/photos`}>{t('photoBin.back')}</Link>
      </p>
      <h1>
        <EmojiPicture emoji={BIN_PICTURE} /> {t('photoBin.title')}
      </h1>
      <p className="lead">{t('photoBin.intro')}</p>
      {status ? <Notice tone={status.tone}>{status.text}</Notice> : null}
      {!binned ? (
        <p role="status">{t('photoBin.loading')}</p>
      ) : binned.items.length === 0 ? (
        <EmptyState
          picture={BIN_PICTURE}
          title={t('empty.bin.title')}
          text={t('bin.empty')}
          action={
            <Link className="btn btn-primary" to={`/book/${bookId}/photos`}>
              {t('photoBin.emptyAction')}
            </Link>
          }
        />
      ) : (
        <ul className="photo-bin-list">
          {[...binned.items].sort(newestFirst).map((item) => (
            <PhotoBinItem
              key={item.id}
              item={item}
              label={photoLabel(t, item)}
              now={now}
              busy={busyId === item.id}
              onRestore={() => void act(item, 'restore')}
              onDelete={() => void act(item, 'delete')}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
