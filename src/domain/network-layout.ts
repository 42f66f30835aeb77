import { SECTORS, type Closeness, type Sector } from './lists';

/** The map's drawing space (SVG user units). Wider than tall so sector names fit beside it. */
export interface MapGeometry {
  width: number;
  height: number;
  cx: number;
  cy: number;
  /** The child's circle, then the outer edges of the closest, close and further rings. */
  radii: readonly [number, number, number, number];
}

export const MAP_GEOMETRY: MapGeometry = {
  width: 1240,
  height: 1040,
  cx: 620,
  cy: 520,
  radii: [72, 220, 340, 460],
};

/** Where a person is on a network map: a sector's wedge and a closeness ring. */
export interface Place {
  sector: Sector;
  closeness: Closeness;
}

export interface Placeable extends Place {
  id: string;
}

/** A person's place: `r` is the whole footprint (portrait and name), which never overlaps another. */
export interface PlacedNode extends Placeable {
  x: number;
  y: number;
  r: number;
}

/** Largest footprint: big enough for a face and a name on a tablet. */
export const MAX_FOOTPRINT = 56;
/** Space kept free between a footprint and the lines of its wedge and ring. */
export const EDGE_MARGIN = 4;
/** Space kept free between two footprints. */
export const NODE_GAP = 6;
const MIN_FOOTPRINT = 0.5;
const SHRINK = 0.94;
const EPS = 1e-9;

const WEDGE = (2 * Math.PI) / SECTORS.length;

/** Start and end angle of a sector's wedge (radians, SVG orientation, clockwise from the top). */
export function wedgeAngles(sector: Sector): [number, number] {
  const i = SECTORS.indexOf(sector);
  const centre = -Math.PI / 2 + i * WEDGE;
  return [centre - WEDGE / 2, centre + WEDGE / 2];
}

/** Inner and outer radius of a closeness ring; the closest ring starts at the child's circle. */
export function ringRadii(closeness: Closeness, g: MapGeometry = MAP_GEOMETRY): [number, number] {
  const [r0, r1, r2, r3] = g.radii;
  if (closeness === 1) return [r0, r1];
  return closeness === 2 ? [r1, r2] : [r2, r3];
}

export function polar(g: MapGeometry, rho: number, phi: number): { x: number; y: number } {
  return { x: g.cx + rho * Math.cos(phi), y: g.cy + rho * Math.sin(phi) };
}

function asinSafe(v: number): number {
  return Math.asin(Math.min(1, Math.max(-1, v)));
}

interface Arc {
  rho: number;
  /** Usable angles for footprint centres. */
  from: number;
  to: number;
  /** Smallest angle between two centres on this arc. */
  step: number;
  capacity: number;
}

function arcAt(rho: number, f: number, t0: number, t1: number): Arc {
  const inset = asinSafe((f + EDGE_MARGIN) / rho);
  const from = t0 + inset;
  const to = t1 - inset;
  const step = 2 * asinSafe((f + NODE_GAP / 2) / rho);
  const range = to - from;
  const capacity =
    range < 0 || (f + EDGE_MARGIN) / rho >= 1 ? 0 : Math.floor(range / step + EPS) + 1;
  return { rho, from, to, step, capacity };
}

/** Arcs spread evenly over the ring's band, the fewest that hold `n` footprints of size `f`. */
function arcsFor(n: number, f: number, a: number, b: number, t0: number, t1: number): Arc[] | null {
  const lo = a + EDGE_MARGIN + f;
  const hi = b - EDGE_MARGIN - f;
  if (lo > hi + EPS) return null;
  const most = Math.floor((hi - lo) / (2 * f + NODE_GAP) + EPS) + 1;
  for (let count = 1; count <= most; count += 1) {
    const arcs: Arc[] = [];
    for (let j = 0; j < count; j += 1) {
      const rho = count === 1 ? (lo + hi) / 2 : lo + (j * (hi - lo)) / (count - 1);
      arcs.push(arcAt(rho, f, t0, t1));
    }
    if (arcs.reduce((s, arc) => s + arc.capacity, 0) >= n) return arcs;
  }
  return null;
}

/** Shares `n` over arcs in proportion to what each holds (largest remainder, never above it). */
function share(n: number, arcs: readonly Arc[]): number[] {
  const total = arcs.reduce((s, a) => s + a.capacity, 0);
  const exact = arcs.map((a) => (n * a.capacity) / total);
  const counts = exact.map((e) => Math.floor(e + EPS));
  let left = n - counts.reduce((s, c) => s + c, 0);
  const order = exact
    .map((e, i) => ({ i, frac: e - Math.floor(e + EPS) }))
    .sort((p, q) => q.frac - p.frac || p.i - q.i);
  for (const { i } of order) {
    if (left <= 0) break;
    const arc = arcs[i];
    const c = counts[i] ?? 0;
    if (arc && c < arc.capacity) {
      counts[i] = c + 1;
      left -= 1;
    }
  }
  return counts;
}

function placeCell(
  items: readonly Placeable[],
  g: MapGeometry,
  maxFootprint: number,
): PlacedNode[] {
  const first = items[0];
  if (!first) return [];
  const [t0, t1] = wedgeAngles(first.sector);
  const [a, b] = ringRadii(first.closeness, g);
  let f = maxFootprint;
  let arcs = arcsFor(items.length, f, a, b, t0, t1);
  while (!arcs && f > MIN_FOOTPRINT) {
    f *= SHRINK;
    arcs = arcsFor(items.length, f, a, b, t0, t1);
  }
  // Unreachable for any sensible number of people (the property test goes to 60 in one cell).
  arcs ??= [arcAt((a + b) / 2, f, t0, t1)];
  const counts = share(items.length, arcs);
  const placed: PlacedNode[] = [];
  let next = 0;
  arcs.forEach((arc, j) => {
    const c = counts[j] ?? 0;
    const mid = (arc.from + arc.to) / 2;
    // A few people stay together in the middle instead of spreading to the wedge's edges.
    const spacing = c > 1 ? Math.min((arc.to - arc.from) / (c - 1), arc.step * 1.5) : 0;
    for (let k = 0; k < c; k += 1) {
      const item = items[next];
      next += 1;
      if (!item) continue;
      const phi = mid + (k - (c - 1) / 2) * spacing;
      placed.push({ ...item, ...polar(g, arc.rho, phi), r: f });
    }
  });
  return placed;
}

/**
 * Places every person in the wedge of their sector and the ring of their closeness, with no two
 * footprints overlapping. Deterministic: the same people in the same order get the same places,
 * so a snapshot and today's map can be compared by eye.
 */
export function layoutNetwork(
  items: readonly Placeable[],
  g: MapGeometry = MAP_GEOMETRY,
  maxFootprint = MAX_FOOTPRINT,
): PlacedNode[] {
  const cells = new Map<string, Placeable[]>();
  for (const item of items) {
    const key = `${item.sector}:${item.closeness}`;
    const cell = cells.get(key) ?? [];
    cell.push(item);
    cells.set(key, cell);
  }
  const byId = new Map<string, PlacedNode>();
  for (const cell of cells.values()) {
    for (const node of placeCell(cell, g, maxFootprint)) byId.set(node.id, node);
  }
  return items.flatMap((item) => byId.get(item.id) ?? []);
}

/** Where a point on the map lands: the wedge it is in and the ring (outside counts as further). */
export function locate(x: number, y: number, g: MapGeometry = MAP_GEOMETRY): Place {
  const dx = x - g.cx;
  const dy = y - g.cy;
  const rho = Math.hypot(dx, dy);
  const start = -Math.PI / 2 - WEDGE / 2;
  let rel = (Math.atan2(dy, dx) - start) % (2 * Math.PI);
  if (rel < 0) rel += 2 * Math.PI;
  const index = Math.min(SECTORS.length - 1, Math.floor(rel / WEDGE));
  const sector = SECTORS[index] ?? 'family';
  const closeness: Closeness = rho <= g.radii[1] ? 1 : rho <= g.radii[2] ? 2 : 3;
  return { sector, closeness };
}

export type MoveKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export function isMoveKey(key: string): key is MoveKey {
  return key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight';
}

/**
 * The keyboard alternative to dragging: up moves closer, down further, left and right to the
 * previous and next sector (round the circle). Returns null at the centre or the edge.
 */
export function moveByKey(from: Place, key: MoveKey): Place | null {
  if (key === 'ArrowUp') {
    return from.closeness > 1 ? { ...from, closeness: (from.closeness - 1) as Closeness } : null;
  }
  if (key === 'ArrowDown') {
    return from.closeness < 3 ? { ...from, closeness: (from.closeness + 1) as Closeness } : null;
  }
  const i = SECTORS.indexOf(from.sector);
  const n = SECTORS.length;
  const j = key === 'ArrowRight' ? (i + 1) % n : (i - 1 + n) % n;
  return { ...from, sector: SECTORS[j] ?? from.sector };
}
