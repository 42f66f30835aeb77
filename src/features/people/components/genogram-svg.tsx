import { useId } from 'react';

import type { GenogramLayout } from '../lib/genogram-layout';
import { bracketShape, familyPath, partnerLine } from '../lib/genogram-shapes';

import { GenogramNode } from './genogram-node';

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
  const width = Math.max(layout.width, 150) + PAD * 2;
  const height = layout.height + PAD;

  const familyLines = layout.families.flatMap((fam, i) => {
    const d = familyPath(fam, at);
    return d === undefined ? [] : [<path key={`f${i}`} className="geno-line" d={d} />];
  });

  const partnerLines = layout.partners.flatMap(({ a, b }, i) => {
    const p = at.get(a);
    const q = at.get(b);
    if (!p || !q) return [];
    return [<line key={`p${i}`} className="geno-partner" {...partnerLine(p, q)} />];
  });

  const brackets = layout.brackets.flatMap(({ a, b, step }, i) => {
    const p = at.get(a);
    const q = at.get(b);
    if (!p || !q) return [];
    const shape = bracketShape(p, q);
    return [
      <g key={`b${i}`} className={step ? 'geno-bracket geno-bracket-step' : 'geno-bracket'}>
        <path d={shape.d} />
        {step ? null : (
          <>
            <circle cx={shape.midX} cy={shape.barY} r={11} className="geno-unknown" />
            <text x={shape.midX} y={shape.barY + 5} className="geno-unknown-text">
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
        return (
          <GenogramNode
            key={n.id}
            node={n}
            person={person}
            portrait={portraits.get(n.id)}
            clipId={`${uid}-clip-${i}`}
          />
        );
      })}
    </svg>
  );
}
