import { useTranslation } from 'react-i18next';

import { BinItem, type BinItemActions } from '@/components';
import { daysLeftInBin, hasThumb, mediaKindOf, type Photo } from '@/domain';
import { usePhotoPicture } from '@/hooks';

import { TilePicture } from './tile-picture';

export interface PhotoBinItemProps extends BinItemActions {
  item: Photo;
  label: string;
}

/** One item in the bin, of any kind: its tile, how long it stays, put back or delete for good. */
export function PhotoBinItem({ item, label, now, busy, onRestore, onDelete }: PhotoBinItemProps) {
  const { t } = useTranslation();
  const kind = mediaKindOf(item);
  const { url, damaged } = usePhotoPicture(hasThumb(item) ? item : undefined, 'thumb');
  return (
    <BinItem
      className="photo-bin-item"
      picture={
        <span className="photo-bin-tile">
          <TilePicture kind={kind} url={url} label={label} damaged={damaged} />
        </span>
      }
      title={label}
      hint={
        <>
          {t(`gallery.kind.${kind}`)}
          {' · '}
          {t('bin.daysLeft', { count: daysLeftInBin(item.deletedAt, now) })}
        </>
      }
      busy={busy}
      onRestore={onRestore}
      onDelete={onDelete}
    />
  );
}
