import { centreLabel, MAP_GEOMETRY } from '@/domain';

/** The child in the middle of the map: a circle with their name. */
export function NetworkCentre({ name }: { name: string }) {
  const g = MAP_GEOMETRY;
  const centre = centreLabel(name);
  return (
    <g aria-hidden="true">
      <circle className="net-centre" cx={g.cx} cy={g.cy} r={g.radii[0]} />
      <text className="net-centre-label" x={centre.x} y={centre.y} fontSize={centre.size}>
        {centre.text}
      </text>
    </g>
  );
}
