import { useTranslation } from 'react-i18next';

import { backdrop } from '@/domain';
import { SECTOR_TINT } from '@/domain';
import { CLOSENESS_KEY } from '@/domain';

const SHAPES = backdrop();

/** The rings, the sector wedges and their names: the same for every map. */
export function NetworkBackdrop() {
  const { t } = useTranslation();
  return (
    <g className="net-backdrop" aria-hidden="true">
      {SHAPES.wedges.map((w) => (
        <path key={w.sector} d={w.d} fill={SECTOR_TINT[w.sector]} fillOpacity={0.55} />
      ))}
      {SHAPES.rings.map((r) => (
        <circle
          key={r.closeness}
          cx={SHAPES.centre.x}
          cy={SHAPES.centre.y}
          r={r.r}
          className="net-ring"
        />
      ))}
      {SHAPES.spokes.map((s, i) => (
        <line key={i} {...s} className="net-spoke" />
      ))}
      {SHAPES.sectorLabels.map((l) => (
        <text key={l.sector} x={l.x} y={l.y} textAnchor={l.anchor} className="net-sector-label">
          {t(`people.sectors.${l.sector}`)}
        </text>
      ))}
      {SHAPES.ringLabels.map((l) => (
        <text key={l.closeness} x={l.x} y={l.y} className="net-ring-label">
          {t(`people.closeness.${CLOSENESS_KEY[l.closeness]}`)}
        </text>
      ))}
    </g>
  );
}
