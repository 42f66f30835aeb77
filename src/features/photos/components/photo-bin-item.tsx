import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import { daysLeftInBin, hasThumb, mediaKindOf, type Photo } from '@/domain';
import { usePhotoPicture } from '@/hooks';

import { TilePicture } from './tile-picture';

export interface PhotoBinItemProps {
  item: Photo;
  label: string;
  now: Date;
  busy: boolean;
  onRestore: () => void;
  onDelete: () => void;
}

/** One item in the bin, of any kind: its tile, how long it stays, put back or delete for good. */
export function PhotoBinItem({ item, label, now, busy, onRestore, onDelete }: PhotoBinItemProps) {
  const { t } = useTranslation();
  const kind = mediaKindOf(item);
  const { url, damaged } = usePhotoPicture(hasThumb(item) ? item : undefined, 'thumb');
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="photo-bin-item">
      <span className="photo-bin-tile">
        <TilePicture kind={kind} url={url} label={label} damaged={damaged} />
      </span>
      <div className="photo-bin-body">
        <h2 className="photo-bin-title">{label}</h2>
        <p className="field-hint">
          {t(`gallery.kind.${kind}`)}
          {' · '}
          {t('bin.daysLeft', { count: daysLeftInBin(item.deletedAt, now) })}
        </p>
        {confirming ? (
          <div className="notice notice-warning" role="group" aria-label={t('bin.deleteForever')}>
            <p className="notice-text">{t('bin.confirm', { title: label })}</p>
            <div className="notice-actions">
              <Button variant="danger" busy={busy} onClick={onDelete}>
                {t('bin.confirmYes')}
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setConfirming(false);
                }}
              >
                {t('bin.confirmNo')}
              </Button>
            </div>
          </div>
        ) : (
          <div className="actions photo-bin-actions">
            <Button
              busy={busy}
              aria-label={t('bin.restoreLabel', { title: label })}
              onClick={onRestore}
            >
              {t('bin.restore')}
            </Button>
            <Button
              variant="secondary"
              aria-label={t('bin.deleteForeverLabel', { title: label })}
              onClick={() => {
                setConfirming(true);
              }}
            >
              {t('bin.deleteForever')}
            </Button>
          </div>
        )}
      </div>
    </li>
  );
}
