import { CLOSENESS, SECTORS, type Closeness, type NetworkLine, type Sector } from './lists';

import {
  MAP_GEOMETRY,
  polar,
  ringRadii,
  wedgeAngles,
  type MapGeometry,
  type PlacedNode,
} from './network-layout';
import { graphemes, shorten } from './svg-text';

/**
 * The shapes of the network map, shared by the interactive map (React) and the picture written
 * as a string (`networkMapSvg`), so both always look the same.
 */

const f = (n: number) => Math.round(n * 10) / 10;

/** The visible part of a person's footprint: a round portrait and, when there is room, a name. */
export interface NodeShape {
  cx: number;
  cy: number;
  r: number;
  label?: { x: number; y: number; size: number; maxChars: number };
}

/** Below this footprint a name no longer fits: the portrait fills it and the table names them. */
const LABEL_MIN_FOOTPRINT = 22;

export function nodeShape(node: PlacedNode): NodeShape {
  const F = node.r;
  if (F < LABEL_MIN_FOOTPRINT) return { cx: node.x, cy: node.y, r: F * 0.92 };
  const r = F * 0.64;
  const cy = node.y - F * 0.3;
  const size = Math.max(14, F * 0.36);
  return {
    cx: node.x,
    cy,
    r,
    label: { x: node.x, y: cy + r + size * 1.05, size, maxChars: 10 },
  };
}

export interface Backdrop {
  wedges: { sector: Sector; d: string }[];
  rings: { closeness: Closeness; r: number }[];
  spokes: { x1: number; y1: number; x2: number; y2: number }[];
  sectorLabels: { sector: Sector; x: number; y: number; anchor: 'start' | 'middle' | 'end' }[];
  ringLabels: { closeness: Closeness; x: number; y: number }[];
  centre: { x: number; y: number; r: number };
}

export function backdrop(g: MapGeometry = MAP_GEOMETRY): Backdrop {
  const [r0, , , r3] = g.radii;
  const wedges = SECTORS.map((sector) => ({ sector, d: annularSector(g, sector, r0, r3) }));
  const spokes = SECTORS.map((sector) => {
    const [t0] = wedgeAngles(sector);
    const a = polar(g, r0, t0);
    const b = polar(g, r3, t0);
    return { x1: f(a.x), y1: f(a.y), x2: f(b.x), y2: f(b.y) };
  });
  // Names beside the circle run away from it (left of it end there, right of it start there),
  // so a long name such as "Professionelle" never covers a person in the outer ring.
  const sectorLabels = SECTORS.map((sector) => {
    const [t0, t1] = wedgeAngles(sector);
    const mid = (t0 + t1) / 2;
    const p = polar(g, r3 + 18, mid);
    const cos = Math.cos(mid);
    const anchor: 'start' | 'middle' | 'end' =
      cos > 0.25 ? 'start' : cos < -0.25 ? 'end' : 'middle';
    const lift = Math.sin(mid) < 0 ? -4 : 20;
    return { sector, x: f(p.x), y: f(p.y + lift), anchor };
  });
  // Ring names go down the spoke straight below the child, where no wedge's middle is, at the
  // inner edge of each ring so the lowest one stays clear of the sector names.
  const ringLabels = CLOSENESS.map((closeness) => {
    const [inner] = ringRadii(closeness, g);
    return { closeness, x: g.cx, y: f(g.cy + inner + 26) };
  });
  return {
    wedges,
    rings: CLOSENESS.map((closeness) => ({ closeness, r: g.radii[closeness] })),
    spokes,
    sectorLabels,
    ringLabels,
    centre: { x: g.cx, y: g.cy, r: r0 },
  };
}

/** The part of one wedge inside one ring: where a dragged person would land. */
export function cellPath(
  sector: Sector,
  closeness: Closeness,
  g: MapGeometry = MAP_GEOMETRY,
): string {
  const [inner, outer] = ringRadii(closeness, g);
  return annularSector(g, sector, inner, outer);
}

function annularSector(g: MapGeometry, sector: Sector, inner: number, outer: number): string {
  const [t0, t1] = wedgeAngles(sector);
  const a = polar(g, outer, t0);
  const b = polar(g, outer, t1);
  const c = polar(g, inner, t1);
  const d = polar(g, inner, t0);
  return `M${f(a.x)} ${f(a.y)}A${outer} ${outer} 0 0 1 ${f(b.x)} ${f(b.y)}L${f(c.x)} ${f(c.y)}A${inner} ${inner} 0 0 0 ${f(d.x)} ${f(d.y)}Z`;
}

/** The child's name in the middle circle: up to 16 characters, smaller type for longer names. */
export function centreLabel(
  name: string,
  g: MapGeometry = MAP_GEOMETRY,
): { text: string; size: number; x: number; y: number } {
  const text = shorten(name, 16);
  const size = Math.min(24, (g.radii[0] * 2 * 0.86) / (Math.max(1, graphemes(text)) * 0.56));
  return { text, size: f(size), x: g.cx, y: f(g.cy + size * 0.35) };
}

export const LINE_STYLE: Record<
  NetworkLine,
  { stroke: string; width: number; dash?: string; zigzag?: boolean }
> = {
  strong: { stroke: '#2b211c', width: 7 },
  weak: { stroke: '#5a4a40', width: 3, dash: '10 9' },
  difficult: { stroke: '#a11d2b', width: 3.5, zigzag: true },
};

/** A straight line, or a zigzag for a difficult one, so lines differ by more than colour. */
export function segmentPath(
  a: { x: number; y: number },
  b: { x: number; y: number },
  line: NetworkLine,
): string {
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  if (len === 0) return '';
  const ux = (b.x - a.x) / len;
  const uy = (b.y - a.y) / len;
  const at = (t: number, side = 0) =>
    `${f(a.x + ux * t - uy * side)} ${f(a.y + uy * t + ux * side)}`;
  if (!LINE_STYLE[line].zigzag) return `M${at(0)}L${at(len)}`;
  const steps = Math.max(2, Math.round(len / 16));
  let d = `M${at(0)}`;
  for (let i = 1; i < steps; i += 1) d += `L${at((len * i) / steps, i % 2 ? 7 : -7)}`;
  return `${d}L${at(len)}`;
}

/** The line between the child and a person, from the edge of one circle to the other. */
export function linePath(
  node: NodeShape,
  line: NetworkLine,
  g: MapGeometry = MAP_GEOMETRY,
): string {
  const dx = node.cx - g.cx;
  const dy = node.cy - g.cy;
  const len = Math.hypot(dx, dy);
  const start = g.radii[0] + 2;
  const end = len - node.r - 2;
  if (len === 0 || end <= start) return '';
  const p = (t: number) => ({ x: g.cx + (dx / len) * t, y: g.cy + (dy / len) * t });
  return segmentPath(p(start), p(end), line);
}
