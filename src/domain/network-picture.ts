import type { MapEntry } from './map-entries';
import {
  backdrop,
  centreLabel,
  linePath,
  nodeShape,
  type Backdrop,
  type NodeShape,
} from './network-drawing';
import { layoutNetwork, MAP_GEOMETRY, type MapGeometry } from './network-layout';
import { initials, shorten } from './svg-text';
import type { Closeness, NetworkLine, Sector } from './lists';

/** Names for the rings in translation keys (i18next keys cannot be numbers). */
export const CLOSENESS_KEY = { 1: 'closest', 2: 'close', 3: 'further' } as const satisfies Record<
  Closeness,
  string
>;

/** One person as the map draws them: their circle, initials and (when there is room) name. */
export interface PictureNode {
  id: string;
  name: string;
  sector: Sector;
  closeness: Closeness;
  shape: NodeShape;
  initials: string;
  /** The name as drawn under the circle, shortened to fit; absent when the footprint is small. */
  label?: { x: number; y: number; size: number; text: string };
}

/** A line from the child to a person: only for a person who has one chosen. */
export interface PictureLine {
  id: string;
  line: NetworkLine;
  /** SVG path data in map units. */
  d: string;
}

/**
 * Everything a network map draws, in map units: the backdrop, the lines, the people and the
 * child's name. The app's map, its picture (`networkMapSvg`) and the PDF all draw from this, so
 * they cannot disagree on who is where, which lines are drawn or how a name is shortened.
 */
export interface NetworkPicture {
  geometry: MapGeometry;
  backdrop: Backdrop;
  lines: PictureLine[];
  nodes: PictureNode[];
  /** The child's name as the app's circle shows it (shortened); the PDF writes it in full. */
  centre: { text: string; size: number; x: number; y: number };
}

export function networkPicture(
  entries: readonly MapEntry[],
  centreName: string,
  g: MapGeometry = MAP_GEOMETRY,
): NetworkPicture {
  const placed = layoutNetwork(
    entries.map((e) => ({ id: e.person.id, sector: e.sector, closeness: e.closeness })),
    g,
  );
  const byId = new Map(placed.map((n) => [n.id, n]));
  const nodes: PictureNode[] = [];
  const lines: PictureLine[] = [];
  for (const e of entries) {
    const node = byId.get(e.person.id);
    if (!node) continue;
    const shape = nodeShape(node);
    if (e.line) lines.push({ id: node.id, line: e.line, d: linePath(shape, e.line, g) });
    nodes.push({
      id: node.id,
      name: e.person.name,
      sector: e.sector,
      closeness: e.closeness,
      shape,
      initials: initials(e.person.name),
      ...(shape.label
        ? {
            label: {
              x: shape.label.x,
              y: shape.label.y,
              size: shape.label.size,
              text: shorten(e.person.name, shape.label.maxChars),
            },
          }
        : {}),
    });
  }
  return { geometry: g, backdrop: backdrop(g), lines, nodes, centre: centreLabel(centreName, g) };
}
