import type { GenoFamily, GenoNode } from './genogram-layout';

/** Sizes in SVG units, matched to GENOGRAM_OPTIONS (150 wide columns, 200 high rows). */
export const GENO_R = 36;
const CIRCLE_DY = -30;
export const GENO_NAME_DY = 30;
export const GENO_RELATION_DY = 52;
const BUS_ABOVE = 28;
const BRACKET_ABOVE = 14;

/** The middle of a person's circle, and the top of it. */
export const circleY = (n: GenoNode): number => n.y + CIRCLE_DY;
const circleTop = (n: GenoNode): number => circleY(n) - GENO_R;

/**
 * One family's lines: the parents joined across, a line down from their middle to a bus, and a
 * line from the bus down to each child. Undefined when a parent or a child is not drawn.
 */
export function familyPath(fam: GenoFamily, at: ReadonlyMap<string, GenoNode>): string | undefined {
  const parents = fam.parents.flatMap((p) => at.get(p) ?? []);
  const children = fam.children.flatMap((c) => at.get(c) ?? []);
  const firstParent = parents[0];
  const firstChild = children[0];
  if (!firstParent || !firstChild) return undefined;
  const anchorX = parents.reduce((s, p) => s + p.x, 0) / parents.length;
  const anchorY = parents.length > 1 ? circleY(firstParent) : firstParent.y + GENO_RELATION_DY + 8;
  const busY = circleTop(firstChild) - BUS_ABOVE;
  const xs = [anchorX, ...children.map((c) => c.x)];
  let d = '';
  if (parents.length > 1) {
    const left = Math.min(...parents.map((p) => p.x));
    const right = Math.max(...parents.map((p) => p.x));
    d += `M${left + GENO_R} ${anchorY}H${right - GENO_R}`;
  }
  d += `M${anchorX} ${anchorY}V${busY}M${Math.min(...xs)} ${busY}H${Math.max(...xs)}`;
  for (const c of children) d += `M${c.x} ${busY}V${circleTop(c)}`;
  return d;
}

/** A sibling bracket from one circle's top to the other's, and the height of its bar. */
export function bracketShape(p: GenoNode, q: GenoNode): { d: string; barY: number; midX: number } {
  const barY = Math.min(circleTop(p), circleTop(q)) - BRACKET_ABOVE;
  return {
    d: `M${p.x} ${circleTop(p)}V${barY}H${q.x}V${circleTop(q)}`,
    barY,
    midX: (p.x + q.x) / 2,
  };
}

/** The line joining two partners' circles, from the left one's edge to the right one's. */
export function partnerLine(
  p: GenoNode,
  q: GenoNode,
): { x1: number; y1: number; x2: number; y2: number } {
  const [l, r] = p.x < q.x ? [p, q] : [q, p];
  return { x1: l.x + GENO_R, y1: circleY(l), x2: r.x - GENO_R, y2: circleY(r) };
}
