import { spaceOut } from './isotonic';
import type { KinEdge } from './kinship';

export interface GenogramOptions {
  /** Centre-to-centre distance of two neighbours in a row. */
  colWidth: number;
  /** Centre-to-centre distance of two generations. */
  rowHeight: number;
  /** Extra space between two unconnected families (for example the foster family). */
  componentGap: number;
}

export const GENOGRAM_OPTIONS: GenogramOptions = {
  colWidth: 150,
  rowHeight: 200,
  componentGap: 60,
};

export interface GenoNode {
  id: string;
  /** Generation row, 0 at the top. */
  row: number;
  x: number;
  y: number;
}

/** Children hanging from the same set of known parents (one parent when the other is unknown). */
export interface GenoFamily {
  parents: string[];
  children: string[];
}

/** Siblings without a known shared parent: drawn with a bracket, dashed for step-siblings. */
export interface GenoSiblingBracket {
  a: string;
  b: string;
  step: boolean;
}

export interface GenogramLayout {
  nodes: GenoNode[];
  partners: { a: string; b: string }[];
  families: GenoFamily[];
  brackets: GenoSiblingBracket[];
  /** Links that contradict the others (e.g. someone their own grandparent): not drawn. */
  ignored: KinEdge[];
  width: number;
  height: number;
}

interface Incidence {
  edge: KinEdge;
  other: string;
  /** Generation of `other` minus generation of this node. */
  delta: number;
}

/**
 * Generations: parents one row above their children, siblings and partners in the same row.
 * Walks each connected family breadth-first; a link that contradicts what is already placed (a
 * cycle, a partner who is also a parent) is set aside rather than breaking the drawing.
 */
function generations(
  ids: readonly string[],
  edges: readonly KinEdge[],
): { gen: Map<string, number>; components: string[][]; kept: KinEdge[]; ignored: KinEdge[] } {
  const known = new Set(ids);
  const inc = new Map<string, Incidence[]>(ids.map((id) => [id, []]));
  const usable = edges.filter((e) => e.from !== e.to && known.has(e.from) && known.has(e.to));
  for (const edge of usable) {
    const d = edge.type === 'parent-of' ? 1 : 0;
    inc.get(edge.from)?.push({ edge, other: edge.to, delta: d });
    inc.get(edge.to)?.push({ edge, other: edge.from, delta: -d });
  }
  const gen = new Map<string, number>();
  const done = new Set<KinEdge>();
  const kept: KinEdge[] = [];
  const ignored: KinEdge[] = [];
  const components: string[][] = [];
  for (const start of ids) {
    if (gen.has(start)) continue;
    gen.set(start, 0);
    const queue = [start];
    const members: string[] = [];
    // The queue grows while it is walked; an array iterator sees the new items.
    for (const u of queue) {
      members.push(u);
      const gu = gen.get(u) ?? 0;
      for (const { edge, other, delta } of inc.get(u) ?? []) {
        if (done.has(edge)) continue;
        done.add(edge);
        const want = gu + delta;
        const had = gen.get(other);
        if (had === undefined) {
          gen.set(other, want);
          queue.push(other);
          kept.push(edge);
        } else if (had === want) kept.push(edge);
        else ignored.push(edge);
      }
    }
    const top = Math.min(...members.map((m) => gen.get(m) ?? 0));
    for (const m of members) gen.set(m, (gen.get(m) ?? 0) - top);
    components.push(members);
  }
  return { gen, components, kept, ignored };
}

class Groups {
  private readonly parent = new Map<string, string>();
  find(a: string): string {
    let r = a;
    while (this.parent.has(r) && this.parent.get(r) !== r) r = this.parent.get(r) ?? r;
    this.parent.set(a, r);
    return r;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

interface Family {
  parentsOf: Map<string, string[]>;
  childrenOf: Map<string, string[]>;
  partnersOf: Map<string, string[]>;
  bracketOf: Map<string, string[]>;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) list.push(value);
  map.set(key, list);
}

function shareParent(f: Family, a: string, b: string): boolean {
  const pa = f.parentsOf.get(a) ?? [];
  return (f.parentsOf.get(b) ?? []).some((p) => pa.includes(p));
}

function family(kept: readonly KinEdge[]): { f: Family; brackets: GenoSiblingBracket[] } {
  const f: Family = {
    parentsOf: new Map(),
    childrenOf: new Map(),
    partnersOf: new Map(),
    bracketOf: new Map(),
  };
  for (const e of kept) {
    if (e.type === 'parent-of') {
      push(f.parentsOf, e.to, e.from);
      push(f.childrenOf, e.from, e.to);
    } else if (e.type === 'partner-of') {
      push(f.partnersOf, e.from, e.to);
      push(f.partnersOf, e.to, e.from);
    }
  }
  const brackets: GenoSiblingBracket[] = [];
  for (const e of kept) {
    if (e.type !== 'sibling-of' || shareParent(f, e.from, e.to)) continue;
    push(f.bracketOf, e.from, e.to);
    push(f.bracketOf, e.to, e.from);
    brackets.push({ a: e.from, b: e.to, step: e.step === true });
  }
  return { f, brackets };
}

/** One row's people in clusters that must stay together: partners, then bracketed siblings. */
function clusters(row: readonly string[], f: Family): string[][] {
  const inRow = new Set(row);
  const groups = new Groups();
  for (const id of row) {
    for (const o of [...(f.partnersOf.get(id) ?? []), ...(f.bracketOf.get(id) ?? [])]) {
      if (inRow.has(o)) groups.union(id, o);
    }
  }
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const id of row) {
    if (seen.has(id)) continue;
    const root = groups.find(id);
    const members = row.filter((m) => groups.find(m) === root);
    // Depth first, partners before siblings: with one partner each, partners end up side by side.
    const order: string[] = [];
    const visit = (m: string) => {
      if (seen.has(m)) return;
      seen.add(m);
      order.push(m);
      const next = [...(f.partnersOf.get(m) ?? []), ...(f.bracketOf.get(m) ?? [])];
      for (const o of next) if (members.includes(o)) visit(o);
    };
    visit(id);
    out.push(order);
  }
  return out;
}

function mean(values: readonly number[]): number | undefined {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : undefined;
}

/** Reorders a row's clusters by where their parents (or children) stand; stable for ties. */
function sortRow(
  row: readonly string[][],
  neighbours: Map<string, string[]>,
  pos: Map<string, number>,
): string[][] {
  const keyed = row.map((c, i) => {
    const xs = c.flatMap((m) => (neighbours.get(m) ?? []).flatMap((n) => pos.get(n) ?? []));
    const own = mean(c.flatMap((m) => pos.get(m) ?? []));
    return { c, i, key: mean(xs) ?? own ?? i };
  });
  keyed.sort((p, q) => p.key - q.key || p.i - q.i);
  return keyed.map((k) => k.c);
}

/**
 * Places a row's clusters in order, each as near as possible to the middle of its members'
 * relatives; the members of a cluster stay one slot apart, so partners stay side by side.
 */
function placeRow(
  row: readonly string[][],
  neighbours: Map<string, string[]>,
  pos: Map<string, number>,
  gap: number,
): void {
  const wanted = row.map((c) => {
    let sum = 0;
    let weight = 0;
    c.forEach((id, j) => {
      const x = mean((neighbours.get(id) ?? []).flatMap((n) => pos.get(n) ?? []));
      // No relatives placed: stay put, but give way to those who have.
      const w = x === undefined ? 0.01 : 1;
      sum += ((x ?? pos.get(id) ?? 0) - j * gap) * w;
      weight += w;
    });
    return { x: sum / weight, weight, size: c.length };
  });
  spaceOut(wanted, gap).forEach((left, i) => {
    row[i]?.forEach((id, j) => pos.set(id, left + j * gap));
  });
}

function layoutComponent(
  members: readonly string[],
  gen: Map<string, number>,
  f: Family,
  gap: number,
): { rows: string[][][]; pos: Map<string, number> } {
  const depth = Math.max(...members.map((m) => gen.get(m) ?? 0)) + 1;
  const flat: string[][] = Array.from({ length: depth }, () => []);
  for (const m of members) flat[gen.get(m) ?? 0]?.push(m);
  let rows = flat.map((row) => clusters(row, f));
  const pos = new Map<string, number>();
  for (const row of rows) row.flat().forEach((id, i) => pos.set(id, i * gap));
  // Down, up, down: children under parents, then parents over children, then settle the children.
  const down = () => {
    rows = rows.map((row, r) => (r === 0 ? row : sortRow(row, f.parentsOf, pos)));
    rows.forEach((row, r) => {
      placeRow(row, r === 0 ? new Map<string, string[]>() : f.parentsOf, pos, gap);
    });
  };
  const up = () => {
    for (let r = rows.length - 2; r >= 0; r -= 1) {
      const row = sortRow(rows[r] ?? [], f.childrenOf, pos);
      rows[r] = row;
      placeRow(row, f.childrenOf, pos, gap);
    }
  };
  down();
  up();
  down();
  return { rows, pos };
}

/**
 * Lays out a family tree: rows by generation, partners side by side, children under the middle
 * of their parents, separate families (for example a foster family) side by side. Never throws
 * on bad links: unknown ids and self-links are dropped, contradictions are returned as `ignored`.
 */
export function layoutGenogram(
  ids: readonly string[],
  edges: readonly KinEdge[],
  options: GenogramOptions = GENOGRAM_OPTIONS,
): GenogramLayout {
  const unique = [...new Set(ids)];
  const { gen, components, kept, ignored } = generations(unique, edges);
  const { f, brackets } = family(kept);
  const nodes: GenoNode[] = [];
  let offset = 0;
  let maxRow = 0;
  for (const members of components) {
    const { rows, pos } = layoutComponent(members, gen, f, options.colWidth);
    const xs = members.map((m) => pos.get(m) ?? 0);
    const left = Math.min(...xs);
    rows.forEach((row, r) => {
      maxRow = Math.max(maxRow, r);
      for (const id of row.flat()) {
        nodes.push({
          id,
          row: r,
          x: offset + (pos.get(id) ?? 0) - left + options.colWidth / 2,
          y: r * options.rowHeight + options.rowHeight / 2,
        });
      }
    });
    offset += Math.max(...xs) - left + options.colWidth + options.componentGap;
  }
  const families = new Map<string, GenoFamily>();
  for (const [child, parents] of f.parentsOf) {
    const sorted = [...parents].sort();
    const key = sorted.join('|');
    const fam = families.get(key) ?? { parents: sorted, children: [] };
    fam.children.push(child);
    families.set(key, fam);
  }
  const partners = kept.filter((e) => e.type === 'partner-of').map((e) => ({ a: e.from, b: e.to }));
  return {
    nodes,
    partners,
    families: [...families.values()],
    brackets,
    ignored,
    width: Math.max(0, offset - options.componentGap),
    height: (maxRow + 1) * options.rowHeight,
  };
}
