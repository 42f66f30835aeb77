import fc from 'fast-check';

import type { Closeness } from './lists';

import {
  EDGE_MARGIN,
  MAP_GEOMETRY,
  MAX_FOOTPRINT,
  layoutNetwork,
  locate,
  moveByKey,
  ringRadii,
  wedgeAngles,
  type Placeable,
  type PlacedNode,
} from './network-layout';
import { SECTORS } from './lists';

const TOL = 1e-6;
const g = MAP_GEOMETRY;

/** Distance from a point to the line through the map's centre at angle `t`. */
function distanceToRay(node: PlacedNode, t: number): number {
  const dx = node.x - g.cx;
  const dy = node.y - g.cy;
  return Math.abs(dx * Math.sin(t) - dy * Math.cos(t));
}

function angleWithin(node: PlacedNode, t0: number, t1: number): boolean {
  const phi = Math.atan2(node.y - g.cy, node.x - g.cx);
  const turn = 2 * Math.PI;
  const rel = (((phi - t0) % turn) + turn) % turn;
  return rel <= t1 - t0 + TOL;
}

/** The whole footprint inside its wedge and its ring, not only its centre. */
function insideItsCell(node: PlacedNode): boolean {
  const [t0, t1] = wedgeAngles(node.sector);
  const [a, b] = ringRadii(node.closeness);
  const rho = Math.hypot(node.x - g.cx, node.y - g.cy);
  return (
    angleWithin(node, t0, t1) &&
    rho - node.r >= a - TOL &&
    rho + node.r <= b + TOL &&
    distanceToRay(node, t0) >= node.r - TOL &&
    distanceToRay(node, t1) >= node.r - TOL
  );
}

/** Up to `max` people, often crowded into a few sectors and rings (the hard case for packing). */
function people(max: number) {
  return fc
    .tuple(
      fc.subarray([...SECTORS], { minLength: 1 }),
      fc.subarray<Closeness>([1, 2, 3], { minLength: 1 }),
    )
    .chain(([sectors, rings]) =>
      fc.array(
        fc.record({ sector: fc.constantFrom(...sectors), closeness: fc.constantFrom(...rings) }),
        { maxLength: max },
      ),
    )
    .map((cells) => cells.map((c, i): Placeable => ({ id: `p${i}`, ...c })));
}

describe('layoutNetwork', () => {
  it('places everyone, up to 60 people, inside their wedge and ring with no overlap', () => {
    fc.assert(
      fc.property(people(60), (items) => {
        const nodes = layoutNetwork(items);
        expect(nodes.map((n) => n.id)).toEqual(items.map((i) => i.id));
        for (const node of nodes) {
          expect(node.r).toBeGreaterThan(0);
          expect(insideItsCell(node)).toBe(true);
        }
        for (let i = 0; i < nodes.length; i += 1) {
          for (let j = i + 1; j < nodes.length; j += 1) {
            const p = nodes[i]!;
            const q = nodes[j]!;
            expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(p.r + q.r - TOL);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fits 60 people crowded into the smallest cell', () => {
    for (const c of [1, 2, 3] as const) {
      const items = Array.from({ length: 60 }, (_, i) => ({
        id: `p${i}`,
        sector: 'friends' as const,
        closeness: c,
      }));
      const nodes = layoutNetwork(items);
      expect(nodes).toHaveLength(60);
      expect(nodes.every(insideItsCell)).toBe(true);
      for (let i = 0; i < nodes.length; i += 1) {
        for (let j = i + 1; j < nodes.length; j += 1) {
          const p = nodes[i]!;
          const q = nodes[j]!;
          expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(p.r + q.r - TOL);
        }
      }
    }
  });

  it('gives one person a full-size place in the middle of the cell', () => {
    const [node] = layoutNetwork([{ id: 'a', sector: 'family', closeness: 2 }]);
    expect(node?.r).toBe(MAX_FOOTPRINT);
    // The family wedge is at the top: straight above the centre.
    expect(node?.x).toBeCloseTo(g.cx, 6);
    expect(node?.y).toBeLessThan(g.cy);
    expect(EDGE_MARGIN).toBeGreaterThan(0);
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(people(30), (items) => {
        expect(layoutNetwork(items)).toEqual(layoutNetwork(items));
      }),
    );
  });

  it('finds the cell a laid-out person sits in from their position', () => {
    fc.assert(
      fc.property(people(40), (items) => {
        for (const node of layoutNetwork(items)) {
          expect(locate(node.x, node.y)).toEqual({
            sector: node.sector,
            closeness: node.closeness,
          });
        }
      }),
    );
  });

  it('treats the centre as closest and outside the rings as further', () => {
    expect(locate(g.cx, g.cy).closeness).toBe(1);
    expect(locate(g.cx, 0)).toEqual({ sector: 'family', closeness: 3 });
    expect(locate(g.width, g.height).closeness).toBe(3);
  });
});

describe('moveByKey', () => {
  it('moves closer, further and round the sectors', () => {
    const here = { sector: 'family' as const, closeness: 2 as const };
    expect(moveByKey(here, 'ArrowUp')).toEqual({ sector: 'family', closeness: 1 });
    expect(moveByKey(here, 'ArrowDown')).toEqual({ sector: 'family', closeness: 3 });
    expect(moveByKey(here, 'ArrowRight')).toEqual({ sector: 'relatives', closeness: 2 });
    expect(moveByKey(here, 'ArrowLeft')).toEqual({ sector: 'professionals', closeness: 2 });
    expect(moveByKey({ sector: 'friends', closeness: 1 }, 'ArrowUp')).toBeNull();
    expect(moveByKey({ sector: 'friends', closeness: 3 }, 'ArrowDown')).toBeNull();
  });
});
