import { useTranslation } from 'react-i18next';

import { NavIcon } from '@/components';
import type { KindCounts, KindFilter } from '../lib/kind-filter';

/**
 * "Alle, Billeder, Tegninger, Lyd, Video, Papirer": one tap shows one kind, so a child finds her
 * drawings or her mum's letter without scrolling through every photo. Each chip says how many.
 */
export function KindChips({
  chips,
  counts,
  value,
  onChange,
}: {
  chips: KindFilter[];
  counts: KindCounts;
  value: KindFilter;
  onChange: (filter: KindFilter) => void;
}) {
  const { t } = useTranslation();
  if (chips.length === 0) return null;
  return (
    <div className="kind-chips" role="group" aria-label={t('gallery.chips.label')}>
      {chips.map((chip) => (
        <button
          key={chip}
          type="button"
          className="kind-chip"
          aria-pressed={value === chip}
          onClick={() => {
            onChange(chip);
          }}
        >
          {chip === 'all' ? null : <NavIcon name={chip === 'photo' ? 'photos' : chip} />}
          {t(`gallery.chips.${chip}`)}
          <span className="kind-chip-count">{counts[chip]}</span>
        </button>
      ))}
    </div>
  );
}
