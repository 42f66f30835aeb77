import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { BinItemActions } from './bin-page-shell';
import { Button } from './button';
import { YesNoButtons } from './yes-no-buttons';

export interface BinItemProps extends Omit<BinItemActions, 'now'> {
  /** The card's class: each bin keeps its own look (`bin-item`, `photo-bin-item`). */
  className: string;
  /** The item's picture or tile, first in the card. */
  picture: ReactNode;
  title: string;
  /** What the item is and how long it stays. */
  hint: ReactNode;
  /** A picture before "Put back", where the bin's look has one. */
  restoreIcon?: ReactNode;
}

/** One thing in a bin: put it back, or (after saying yes twice) delete it for good. */
export function BinItem(props: BinItemProps) {
  const { className, picture, title, hint, restoreIcon, busy, onRestore, onDelete } = props;
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <li className={className}>
      {picture}
      <div className="bin-item-body">
        <h2 className="bin-item-title">{title}</h2>
        <p className="field-hint">{hint}</p>
        {confirming ? (
          <div className="notice notice-warning" role="group" aria-label={t('bin.deleteForever')}>
            <p className="notice-text">{t('bin.confirm', { title })}</p>
            <div className="notice-actions">
              <YesNoButtons
                yes={t('bin.confirmYes')}
                no={t('bin.confirmNo')}
                busy={busy}
                onYes={onDelete}
                onNo={() => {
                  setConfirming(false);
                }}
              />
            </div>
          </div>
        ) : (
          <div className="actions bin-item-actions">
            <Button busy={busy} aria-label={t('bin.restoreLabel', { title })} onClick={onRestore}>
              {restoreIcon}
              {t('bin.restore')}
            </Button>
            <Button
              variant="secondary"
              aria-label={t('bin.deleteForeverLabel', { title })}
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
