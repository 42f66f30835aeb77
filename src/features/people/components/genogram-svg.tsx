import { useId } from 'react';

import type { GenogramLayout, GenoNode } from '../lib/genogram-layout';
import { ME_ID } from '../lib/kinship';
import { initials, shorten } from '@/domain';

/** Sizes in SVG units, matched to GENOGRAM_OPTIONS (150 wide columns, 200 high rows). */
const R = 36;
const CIRCLE_DY = -30;
const NAME_DY = 30;
const RELATION_DY = 52;
const BUS_ABOVE = 28;
const BRACKET_ABOVE = 14;
const PAD = 12;

export interface GenogramPerson {
  name: string;
  relation: string;
  sectorClass: string;
}

/**
 * The family tree drawing: rows of generations, partners joined across, children hanging from
 * the middle of their known parents, and brackets for siblings whose parents are not known.
 */
export function GenogramSvg({
  layout,
  people,
  portraits,
  title,
  description,
}: {
  layout: GenogramLayout;
  people: ReadonlyMap<string, GenogramPerson>;
  portraits: ReadonlyMap<string, string>;
  title: string;
  description: string;
}) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  const cy = (n: GenoNode) => n.y + CIRCLE_DY;
  const top = (n: GenoNode) => cy(n) - R;
  const width = Math.max(layout.width, 150) + PAD * 2;
  const height = layout.height + PAD;

  const familyLines = layout.families.flatMap((fam, i) => {
    const parents = fam.parents.flatMap((p) => at.get(p) ?? []);
    const children = fam.children.flatMap((c) => at.get(c) ?? []);
    const firstParent = parents[0];
    const firstChild = children[0];
    if (!firstParent || !firstChild) return [];
    const anchorX = parents.reduce((s, p) => s + p.x, 0) / parents.length;
    const anchorY = parents.length > 1 ? cy(firstParent) : firstParent.y + RELATION_DY + 8;
    const busY = top(firstChild) - BUS_ABOVE;
    const xs = [anchorX, ...children.map((c) => c.x)];
    let d = '';
    if (parents.length > 1) {
      const left = Math.min(...parents.map((p) => p.x));
      const right = Math.max(...parents.map((p) => p.x));
      d += `M${left + R} ${anchorY}H${right - R}`;
    }
    d += `M${anchorX} ${anchorY}V${busY}M${Math.min(...xs)} ${busY}H${Math.max(...xs)}`;
    for (const c of children) d += `M${c.x} ${busY}V${top(c)}`;
    return [<path key={`f${i}`} className="geno-line" d={d} />];
  });

  const partnerLines = layout.partners.flatMap(({ a, b }, i) => {
    const p = at.get(a);
    const q = at.get(b);
    if (!p || !q) return [];
    const [l, r] = p.x < q.x ? [p, q] : [q, p];
    return [
      <line
        key={`p${i}`}
        className="geno-partner"
        x1={l.x + R}
        y1={cy(l)}
        x2={r.x - R}
        y2={cy(r)}
      />,
    ];
  });

  const brackets = layout.brackets.flatMap(({ a, b, step }, i) => {
    const p = at.get(a);
    const q = at.get(b);
    if (!p || !q) return [];
    const y0 = Math.min(top(p), top(q)) - BRACKET_ABOVE;
    const mid = (p.x + q.x) / 2;
    return [
      <g key={`b${i}`} className={step ? 'geno-bracket geno-bracket-step' : 'geno-bracket'}>
        <path d={`M${p.x} ${top(p)}V${y0}H${q.x}V${top(q)}`} />
        {step ? null : (
          <>
            <circle cx={mid} cy={y0} r={11} className="geno-unknown" />
            <text x={mid} y={y0 + 5} className="geno-unknown-text">
              ?
            </text>
          </>
        )}
      </g>,
    ];
  });

  return (
    <svg
      className="geno-map"
      viewBox={`${-PAD} ${-PAD} ${width} ${height + PAD}`}
      role="img"
      aria-labelledby={`${uid}-title ${uid}-desc`}
      width={width}
      height={height + PAD}
    >
      <title id={`${uid}-title`}>{title}</title>
      <desc id={`${uid}-desc`}>{description}</desc>
      {familyLines}
      {partnerLines}
      {brackets}
      {layout.nodes.map((n, i) => {
        const person = people.get(n.id);
        if (!person) return null;
        const portrait = portraits.get(n.id);
        const clip = `${uid}-clip-${i}`;
        return (
          <g
            key={n.id}
            className={`geno-node ${person.sectorClass}${n.id === ME_ID ? ' geno-me' : ''}`}
          >
            <circle className="geno-circle" cx={n.x} cy={cy(n)} r={R} />
            {portrait ? (
              <>
                <clipPath id={clip}>
                  <circle cx={n.x} cy={cy(n)} r={R - 2} />
                </clipPath>
                <image
                  href={portrait}
                  x={n.x - R}
                  y={cy(n) - R}
                  width={R * 2}
                  height={R * 2}
                  preserveAspectRatio="xMidYMid slice"
                  clipPath={`url(#${clip})`}
                />
              </>
            ) : (
              <text className="geno-initials" x={n.x} y={cy(n) + 10}>
                {initials(person.name)}
              </text>
            )}
            <text className="geno-name" x={n.x} y={n.y + NAME_DY}>
              {shorten(person.name, 14)}
            </text>
            <text className="geno-relation" x={n.x} y={n.y + RELATION_DY}>
              {shorten(person.relation, 18)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
