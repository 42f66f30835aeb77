import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { BinPageShell } from '@/components';
import { deletePhotosForever, restorePhotos } from '@/db';
import type { Photo } from '@/domain';
import { useBinActions } from '@/hooks';
import { useBinnedPhotos } from '../hooks/use-photo-bin';

import { photoLabel } from './gallery-group-label';
import { PhotoBinItem } from './photo-bin-item';

/** The bin of every kind of memory: deleted in the last 30 days, each one restorable. */
export function PhotoBinPage({ bookId }: { bookId: string }) {
  const { t } = useTranslation();
  const binned = useBinnedPhotos(bookId);
  const bin = useBinActions<Photo>({
    restore: (item) => restorePhotos(bookId, [item.id]),
    remove: (item) => deletePhotosForever(bookId, [item.id]),
    restored: (item) => t('photoBin.restored', { title: photoLabel(t, item) }),
    deleted: (item) => t('photoBin.deleted', { title: photoLabel(t, item) }),
  });

  return (
    <BinPageShell
      className="photo-bin-page"
      listClassName="photo-bin-list"
      back={
        <p>
          <Link to={`/book/${bookId}/photos`}>{t('photoBin.back')}</Link>
        </p>
      }
      title={t('photoBin.title')}
      intro={t('photoBin.intro')}
      loading={t('photoBin.loading')}
      emptyAction={
        <Link className="btn btn-primary" to={`/book/${bookId}/photos`}>
          {t('photoBin.emptyAction')}
        </Link>
      }
      bin={bin}
      items={binned?.items}
    >
      {(item, actions) => (
        <PhotoBinItem key={item.id} item={item} label={photoLabel(t, item)} {...actions} />
      )}
    </BinPageShell>
  );
}
