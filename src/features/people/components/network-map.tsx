import { useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useMapDrag } from '../hooks/use-map-drag';
import { mapHeading } from '../hooks/use-map-svg-options';
import { usePeopleText } from '../hooks/use-people-text';
import { drawnOnMap, type MapEntry } from '@/domain';
import { cellPath, nodeShape } from '@/domain';
import { isMoveKey, layoutNetwork, MAP_GEOMETRY, moveByKey, type Place } from '@/domain';

import { NetworkBackdrop } from './network-backdrop';
import { NetworkCentre } from './network-centre';
import { NetworkLines } from './network-lines';
import { NetworkNode } from './network-node';

function ignore(): void {
  // Read-only maps (older snapshots) move nobody.
}

type Movable = NonNullable<NetworkMapProps['movable']>;

/** A focused person's keys: Enter or Space opens them, the arrow keys move them a step. */
function nodeKeys(movable: Movable, entry: MapEntry) {
  const id = entry.person.id;
  return (ev: KeyboardEvent<SVGGElement>) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      // role=button on SVG gets no click from Enter or Space: handled here.
      ev.preventDefault();
      movable.onOpen(id);
    } else if (isMoveKey(ev.key)) {
      ev.preventDefault();
      const to = moveByKey(entry, ev.key);
      if (to) movable.onMove(id, to);
      else movable.onStuck(id);
    }
  };
}

export interface NetworkMapProps {
  entries: readonly MapEntry[];
  centreName: string;
  portraits: ReadonlyMap<string, string>;
  /** An older map's own name; today's map is "{name}'s network map". */
  title?: string;
  /** Given for today's map: people can then be dragged, moved with arrow keys and opened. */
  movable?: {
    describedBy: string;
    onMove: (personId: string, to: Place) => void;
    /** Arrow key at the edge: nowhere further to go. */
    onStuck: (personId: string) => void;
    onOpen: (personId: string) => void;
    /** Smallest tap target round a person, in map units (see MapViewport). */
    minTargetRadius?: number;
  };
}

/**
 * The network map: the child in the middle, three rings, seven sectors. People are dragged with
 * a pointer (mouse, pen or touch; `touch-action: none` keeps the page from scrolling) or moved
 * with the arrow keys when focused; Enter opens a dialog that does the same with a form.
 */
export function NetworkMap({
  entries: allEntries,
  centreName,
  portraits,
  title,
  movable,
}: NetworkMapProps) {
  const { t } = useTranslation();
  const text = usePeopleText();
  const svgRef = useRef<SVGSVGElement>(null);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const g = MAP_GEOMETRY;
  const drag = useMapDrag(svgRef, movable?.onMove ?? ignore, movable?.onOpen ?? ignore);
  // The page says so when not everyone fits (see MAP_DRAW_MAX); the table lists them all.
  const entries = useMemo(() => drawnOnMap(allEntries), [allEntries]);
  // Everyone is counted, drawn or not, as the table under the map lists them all.
  const heading = mapHeading(t, centreName, allEntries.length, title);

  const nodes = useMemo(
    () =>
      layoutNetwork(
        entries.map((e) => ({ id: e.person.id, sector: e.sector, closeness: e.closeness })),
      ),
    [entries],
  );
  const shapes = useMemo(() => new Map(nodes.map((n) => [n.id, nodeShape(n)])), [nodes]);

  const target = drag.target;

  return (
    <svg
      ref={svgRef}
      className={['net-map', movable ? 'net-map-movable' : ''].join(' ')}
      viewBox={`0 0 ${g.width} ${g.height}`}
      role={movable ? 'group' : 'img'}
      aria-labelledby={`${uid}-title`}
      aria-describedby={`${uid}-desc`}
    >
      <title id={`${uid}-title`}>{heading.title}</title>
      <desc id={`${uid}-desc`}>{heading.description}</desc>
      <NetworkBackdrop />
      {target ? (
        <path className="net-drop-target" d={cellPath(target.sector, target.closeness)} />
      ) : null}
      <NetworkLines entries={entries} shapes={shapes} hiddenId={drag.dragging?.id} />
      <NetworkCentre name={centreName} />
      {entries.map((e, i) => {
        const shape = shapes.get(e.person.id);
        if (!shape) return null;
        const id = e.person.id;
        const relation = text.relation(e.person);
        const label = movable
          ? t(relation ? 'people.map.nodeLabel' : 'people.map.nodeLabelNoRelation', {
              name: e.person.name,
              relation,
              closeness: text.closeness(e.closeness),
              sector: text.sector(e.sector),
            })
          : undefined;
        const dragging = drag.dragging?.id === id ? drag.dragging : undefined;
        return (
          <NetworkNode
            key={id}
            entry={e}
            shape={shape}
            portrait={portraits.get(id)}
            clipId={`${uid}-clip-${i}`}
            {...(label !== undefined && movable
              ? {
                  label,
                  describedBy: movable.describedBy,
                  ...(movable.minTargetRadius !== undefined
                    ? { hitRadius: movable.minTargetRadius }
                    : {}),
                  onKeyDown: nodeKeys(movable, e),
                  ...drag.handlers(id, e),
                }
              : {})}
            {...(dragging ? { dragging } : {})}
          />
        );
      })}
    </svg>
  );
}
