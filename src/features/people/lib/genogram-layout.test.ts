import fc from 'fast-check';

import { GENOGRAM_OPTIONS, layoutGenogram, type GenogramLayout } from './genogram-layout';
import { spaceOut } from './isotonic';
import { ME_ID, type KinEdge } from './kinship';

const TOL = 1e-6;

function edge(type: KinEdge['type'], from: string, to: string, extra: Partial<KinEdge> = {}) {
  return { type, from, to, source: 'stored', ...extra } satisfies KinEdge;
}

function node(layout: GenogramLayout, id: string) {
  const n = layout.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
}

/** Ids in a row, left to right. */
function rowOrder(layout: GenogramLayout, row: number): string[] {
  return layout.nodes
    .filter((n) => n.row === row)
    .sort((a, b) => a.x - b.x)
    .map((n) => n.id);
}

function satisfied(layout: GenogramLayout, e: KinEdge): boolean {
  const a = node(layout, e.from);
  const b = node(layout, e.to);
  return e.type === 'parent-of' ? b.row === a.row + 1 : a.row === b.row;
}

describe('layoutGenogram examples', () => {
  it('draws the sample family: grandma, mum, the child and a half-brother; the foster parents apart', () => {
    const layout = layoutGenogram(
      [ME_ID, 'mum', 'noah', 'gran', 'hanne', 'jens'],
      [
        edge('parent-of', 'mum', 'noah'),
        edge('parent-of', 'gran', 'mum'),
        edge('partner-of', 'hanne', 'jens'),
        edge('parent-of', 'mum', ME_ID),
        edge('sibling-of', 'noah', ME_ID, { half: true }),
      ],
    );
    expect(node(layout, 'gran').row).toBe(0);
    expect(node(layout, 'mum').row).toBe(1);
    expect(node(layout, ME_ID).row).toBe(2);
    expect(node(layout, 'noah').row).toBe(2);
    expect(node(layout, 'hanne').row).toBe(node(layout, 'jens').row);
    // Mum stands over her two children.
    const mid = (node(layout, ME_ID).x + node(layout, 'noah').x) / 2;
    expect(node(layout, 'mum').x).toBeCloseTo(mid, 6);
    expect(layout.families).toContainEqual({ parents: ['mum'], children: [ME_ID, 'noah'] });
    // Half-siblings through their shared mother need no extra bracket.
    expect(layout.brackets).toEqual([]);
    expect(layout.ignored).toEqual([]);
  });

  it('puts a couple side by side with their children below the middle', () => {
    const layout = layoutGenogram(
      ['a', 'b', 'c', 'd'],
      [
        edge('partner-of', 'a', 'b'),
        edge('parent-of', 'a', 'c'),
        edge('parent-of', 'b', 'c'),
        edge('parent-of', 'a', 'd'),
        edge('parent-of', 'b', 'd'),
      ],
    );
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => node(layout, id));
    expect(Math.abs(a!.x - b!.x)).toBeCloseTo(GENOGRAM_OPTIONS.colWidth, 6);
    expect((a!.x + b!.x) / 2).toBeCloseTo((c!.x + d!.x) / 2, 6);
    expect(layout.families).toEqual([{ parents: ['a', 'b'], children: ['c', 'd'] }]);
  });

  it('brackets siblings whose parents are unknown, dashed for step-siblings', () => {
    const layout = layoutGenogram(
      [ME_ID, 'x', 'y'],
      [edge('sibling-of', 'x', ME_ID), edge('sibling-of', 'y', ME_ID, { step: true })],
    );
    expect(layout.brackets).toEqual([
      { a: 'x', b: ME_ID, step: false },
      { a: 'y', b: ME_ID, step: true },
    ]);
    expect(new Set(layout.nodes.map((n) => n.row))).toEqual(new Set([0]));
  });

  it('sets aside a cycle instead of crashing', () => {
    const layout = layoutGenogram(
      ['a', 'b', 'c'],
      [
        edge('parent-of', 'a', 'b'),
        edge('parent-of', 'b', 'c'),
        edge('parent-of', 'c', 'a'),
        edge('partner-of', 'a', 'b'),
        edge('parent-of', 'a', 'a'),
        edge('sibling-of', 'a', 'ghost'),
      ],
    );
    expect(layout.nodes).toHaveLength(3);
    // One link of the three-person cycle, and the partner who is also a parent, are set aside.
    const ignored = layout.ignored.map((e) => `${e.type}:${e.from}>${e.to}`);
    expect(ignored).toHaveLength(2);
    expect(ignored).toContain('partner-of:a>b');
  });

  it('draws nothing for nobody', () => {
    expect(layoutGenogram([], [])).toMatchObject({ nodes: [], width: 0 });
  });
});

const ids = Array.from({ length: 14 }, (_, i) => (i === 0 ? ME_ID : `p${i}`));
const anyId = fc.constantFrom(...ids, 'ghost');
const anyEdge = fc.record({
  type: fc.constantFrom<KinEdge['type']>('parent-of', 'sibling-of', 'partner-of'),
  from: anyId,
  to: anyId,
  half: fc.boolean(),
  step: fc.boolean(),
  source: fc.constant<KinEdge['source']>('stored'),
});

describe('layoutGenogram properties', () => {
  it('never crashes; every link it keeps is drawn in the right rows; the rest are contradictions', () => {
    fc.assert(
      fc.property(fc.array(anyEdge, { maxLength: 40 }), (edges) => {
        const layout = layoutGenogram(ids, edges);
        expect(layout.nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
        const usable = edges.filter(
          (e) => e.from !== e.to && ids.includes(e.from) && ids.includes(e.to),
        );
        for (const e of usable) {
          if (layout.ignored.includes(e)) expect(satisfied(layout, e)).toBe(false);
          else expect(satisfied(layout, e)).toBe(true);
        }
        // Nobody overlaps anybody in their row.
        const rows = new Set(layout.nodes.map((n) => n.row));
        for (const r of rows) {
          const xs = layout.nodes
            .filter((n) => n.row === r)
            .map((n) => n.x)
            .sort((a, b) => a - b);
          for (let i = 1; i < xs.length; i += 1) {
            expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(GENOGRAM_OPTIONS.colWidth - TOL);
          }
        }
        for (const n of layout.nodes) {
          expect(n.x).toBeGreaterThanOrEqual(0);
          expect(n.x).toBeLessThanOrEqual(layout.width + TOL);
          expect(n.y).toBeLessThanOrEqual(layout.height);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps partners side by side when everyone has at most one partner', () => {
    const couples = fc
      .shuffledSubarray(ids, { minLength: 0, maxLength: ids.length })
      .map((order) => {
        const pairs: KinEdge[] = [];
        for (let i = 0; i + 1 < order.length; i += 2) {
          pairs.push(edge('partner-of', order[i]!, order[i + 1]!));
        }
        return pairs;
      });
    const family = fc.array(
      fc.record({
        type: fc.constantFrom<KinEdge['type']>('parent-of', 'sibling-of'),
        from: fc.constantFrom(...ids),
        to: fc.constantFrom(...ids),
        source: fc.constant<KinEdge['source']>('stored'),
      }),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(couples, family, (pairs, others) => {
        const layout = layoutGenogram(ids, [...pairs, ...others]);
        for (const p of pairs) {
          if (layout.ignored.includes(p)) continue;
          const row = node(layout, p.from).row;
          const order = rowOrder(layout, row);
          expect(Math.abs(order.indexOf(p.from) - order.indexOf(p.to))).toBe(1);
        }
        // Siblings (by link or a shared parent) share a row.
        for (const e of others) {
          if (e.type === 'sibling-of' && !layout.ignored.includes(e) && e.from !== e.to) {
            expect(node(layout, e.from).row).toBe(node(layout, e.to).row);
          }
        }
        for (const fam of layout.families) {
          const rows = new Set(fam.children.map((c) => node(layout, c).row));
          expect(rows.size).toBe(1);
          for (const parent of fam.parents) {
            expect(node(layout, parent).row).toBe([...rows][0]! - 1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('spaceOut', () => {
  const cases: [string, Parameters<typeof spaceOut>[0], number[]][] = [
    [
      'lands where wanted when there is room',
      [
        { x: 0, weight: 1 },
        { x: 500, weight: 1 },
      ],
      [0, 500],
    ],
    [
      'moves two that want the same place apart',
      [
        { x: 50, weight: 1 },
        { x: 50, weight: 1 },
      ],
      [0, 100],
    ],
    [
      'keeps twice the distance beside one of size 2',
      [
        { x: 0, weight: 1, size: 2 },
        { x: 0, weight: 1 },
      ],
      [-100, 100],
    ],
  ];
  it.each(cases)('keeps order and distance: %s', (_, items, placed) => {
    expect(spaceOut(items, 100)).toEqual(placed);
  });
});
