import type { MapEntry, NodeShape } from '@/domain';
import { LINE_STYLE, linePath } from '@/domain';

export interface NetworkLinesProps {
  entries: readonly MapEntry[];
  shapes: ReadonlyMap<string, NodeShape>;
  /** The person being dragged: their line would point at where they were, so it waits. */
  hiddenId: string | undefined;
}

/** The lines from the child to the people who have one (strong, weak, hard). */
export function NetworkLines({ entries, shapes, hiddenId }: NetworkLinesProps) {
  return (
    <g aria-hidden="true">
      {entries.map((e) => {
        const shape = shapes.get(e.person.id);
        if (!shape || !e.line || hiddenId === e.person.id) return null;
        const st = LINE_STYLE[e.line];
        return (
          <path
            key={e.person.id}
            className={`net-line net-line-${e.line}`}
            d={linePath(shape, e.line)}
            stroke={st.stroke}
            strokeWidth={st.width}
            strokeDasharray={st.dash}
          />
        );
      })}
    </g>
  );
}
