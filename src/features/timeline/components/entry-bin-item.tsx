import { useTranslation } from 'react-i18next';

import { BinItem, EmojiPicture, type BinItemActions } from '@/components';
import { daysLeftInBin } from '@/domain';
import type { Entry } from '@/domain';
import { useBookContext } from '../hooks/use-book-context';
import { useDateText } from '../hooks/use-date-text';
import { KIND_PICTURE } from '../lib/kinds';
import { PICTURES } from '../lib/pictures';

export interface EntryBinItemProps extends BinItemActions {
  entry: Entry;
}

function localDay(
  iso: string | undefined,
): { year: number; month: number; day: number } | undefined {
  if (iso === undefined) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** An entry in the bin: its kind's picture, when it was binned and how long it stays. */
export function EntryBinItem({ entry, now, busy, onRestore, onDelete }: EntryBinItemProps) {
  const { t } = useTranslation();
  const { birth } = useBookContext();
  const dates = useDateText(birth);
  const deleted = localDay(entry.deletedAt);
  return (
    <BinItem
      className="bin-item"
      picture={
        <span className="entry-kind-picture" aria-hidden="true">
          <EmojiPicture emoji={KIND_PICTURE[entry.kind]} />
        </span>
      }
      title={entry.title}
      hint={
        <>
          {t(`timeline.kinds.${entry.kind}`)}
          {deleted ? ` · ${t('timeline.bin.deletedAt', { date: dates.fuzzy(deleted) })}` : ''}
          {' · '}
          {t('bin.daysLeft', { count: daysLeftInBin(entry.deletedAt, now) })}
        </>
      }
      restoreIcon={<EmojiPicture emoji={PICTURES.restore} />}
      busy={busy}
      onRestore={onRestore}
      onDelete={onDelete}
    />
  );
}
