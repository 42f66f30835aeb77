import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, EmojiPicture } from '@/components';
import { daysLeftInBin } from '@/domain';
import type { Entry } from '@/domain';
import { useBookContext } from '../hooks/use-book-context';
import { useDateText } from '../hooks/use-date-text';
import { KIND_PICTURE } from '../lib/kinds';
import { PICTURES } from '../lib/pictures';

export interface BinItemProps {
  entry: Entry;
  now: Date;
  busy: boolean;
  onRestore: () => void;
  onDelete: () => void;
}

function localDay(
  iso: string | undefined,
): { year: number; month: number; day: number } | undefined {
  if (iso === undefined) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** One thing in the bin: put it back, or (after saying yes twice) delete it for good. */
export function BinItem({ entry, now, busy, onRestore, onDelete }: BinItemProps) {
  const { t } = useTranslation();
  const { birth } = useBookContext();
  const dates = useDateText(birth);
  const [confirming, setConfirming] = useState(false);
  const deleted = localDay(entry.deletedAt);
  return (
    <li className="bin-item">
      <span className="entry-kind-picture" aria-hidden="true">
        <EmojiPicture emoji={KIND_PICTURE[entry.kind]} />
      </span>
      <div className="bin-item-body">
        <h2 className="entry-title">{entry.title}</h2>
        <p className="field-hint">
          {t(`timeline.kinds.${entry.kind}`)}
          {deleted ? ` · ${t('timeline.bin.deletedAt', { date: dates.fuzzy(deleted) })}` : ''}
          {' · '}
          {t('bin.daysLeft', { count: daysLeftInBin(entry.deletedAt, now) })}
        </p>
        {confirming ? (
          <div className="notice notice-warning" role="group" aria-label={t('bin.deleteForever')}>
            <p className="notice-text">{t('bin.confirm', { title: entry.title })}</p>
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
          <div className="actions">
            <Button
              busy={busy}
              aria-label={t('bin.restoreLabel', { title: entry.title })}
              onClick={onRestore}
            >
              <EmojiPicture emoji={PICTURES.restore} />
              {t('bin.restore')}
            </Button>
            <Button
              variant="secondary"
              aria-label={t('bin.deleteForeverLabel', { title: entry.title })}
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
