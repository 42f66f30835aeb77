import type { KeyboardEvent, MouseEvent, PointerEvent } from 'react';

import type { NodeShape } from '@/domain';
import { initials, shorten } from '@/domain';
import type { MapEntry } from '@/domain';

export interface NetworkNodeProps {
  entry: MapEntry;
  shape: NodeShape;
  portrait: string | undefined;
  clipId: string;
  /** Set when the person can be moved: the node is then a focusable button. */
  label?: string;
  describedBy?: string;
  dragging?: { dx: number; dy: number };
  /** Radius of the invisible tap target (map units), so a small person is still 44 px to tap. */
  hitRadius?: number;
  onKeyDown?: (e: KeyboardEvent<SVGGElement>) => void;
  onPointerDown?: (e: PointerEvent<SVGGElement>) => void;
  onPointerMove?: (e: PointerEvent<SVGGElement>) => void;
  onPointerUp?: (e: PointerEvent<SVGGElement>) => void;
  onPointerCancel?: (e: PointerEvent<SVGGElement>) => void;
  onClick?: (e: MouseEvent<SVGGElement>) => void;
}

/** One person on the map: portrait or initials in their sector's colour, and their name. */
export function NetworkNode({
  entry,
  shape,
  portrait,
  clipId,
  label,
  describedBy,
  dragging,
  hitRadius,
  ...handlers
}: NetworkNodeProps) {
  const { person } = entry;
  const interactive = label !== undefined;
  return (
    <g
      className={[
        'net-node',
        `sector-${entry.sector}`,
        interactive ? 'net-node-movable' : '',
        dragging ? 'net-node-dragging' : '',
      ].join(' ')}
      data-person-id={person.id}
      transform={dragging ? `translate(${dragging.dx} ${dragging.dy})` : undefined}
      {...(interactive
        ? { tabIndex: 0, role: 'button', 'aria-label': label, 'aria-describedby': describedBy }
        : {})}
      {...handlers}
    >
      {interactive ? null : <title>{person.name}</title>}
      {interactive && hitRadius !== undefined ? (
        <circle
          className="net-node-hit"
          cx={shape.cx}
          cy={shape.cy}
          r={Math.max(hitRadius, shape.r)}
        />
      ) : null}
      <circle className="net-node-focus" cx={shape.cx} cy={shape.cy} r={shape.r + 7} />
      <circle className="net-node-circle" cx={shape.cx} cy={shape.cy} r={shape.r} />
      {portrait ? (
        <>
          <clipPath id={clipId}>
            <circle cx={shape.cx} cy={shape.cy} r={shape.r - 1.5} />
          </clipPath>
          <image
            href={portrait}
            x={shape.cx - shape.r}
            y={shape.cy - shape.r}
            width={shape.r * 2}
            height={shape.r * 2}
            preserveAspectRatio="xMidYMid slice"
            clipPath={`url(#${clipId})`}
          />
        </>
      ) : (
        <text
          className="net-node-initials"
          x={shape.cx}
          y={shape.cy + shape.r * 0.32}
          fontSize={shape.r * 0.85}
        >
          {initials(person.name)}
        </text>
      )}
      {shape.label ? (
        <text
          className="net-node-label"
          x={shape.label.x}
          y={shape.label.y}
          fontSize={shape.label.size}
        >
          {shorten(person.name, shape.label.maxChars)}
        </text>
      ) : null}
    </g>
  );
}
