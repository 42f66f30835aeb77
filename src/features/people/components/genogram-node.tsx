import { initials, shorten } from '@/domain';

import type { GenoNode } from '../lib/genogram-layout';
import { circleY, GENO_NAME_DY, GENO_R, GENO_RELATION_DY } from '../lib/genogram-shapes';
import { ME_ID } from '../lib/kinship';

import type { GenogramPerson } from './genogram-svg';

/** One person in the family tree: portrait or initials in a circle, name and relation below. */
export function GenogramNode({
  node: n,
  person,
  portrait,
  clipId,
}: {
  node: GenoNode;
  person: GenogramPerson;
  portrait: string | undefined;
  clipId: string;
}) {
  const cy = circleY(n);
  return (
    <g className={`geno-node ${person.sectorClass}${n.id === ME_ID ? ' geno-me' : ''}`}>
      <circle className="geno-circle" cx={n.x} cy={cy} r={GENO_R} />
      {portrait ? (
        <>
          <clipPath id={clipId}>
            <circle cx={n.x} cy={cy} r={GENO_R - 2} />
          </clipPath>
          <image
            href={portrait}
            x={n.x - GENO_R}
            y={cy - GENO_R}
            width={GENO_R * 2}
            height={GENO_R * 2}
            preserveAspectRatio="xMidYMid slice"
            clipPath={`url(#${clipId})`}
          />
        </>
      ) : (
        <text className="geno-initials" x={n.x} y={cy + 10}>
          {initials(person.name)}
        </text>
      )}
      <text className="geno-name" x={n.x} y={n.y + GENO_NAME_DY}>
        {shorten(person.name, 14)}
      </text>
      <text className="geno-relation" x={n.x} y={n.y + GENO_RELATION_DY}>
        {shorten(person.relation, 18)}
      </text>
    </g>
  );
}
