import type { KinEdge, SiblingKind } from './kinship';

export interface FamilyRow {
  id: string;
  parents: string[];
  children: string[];
  partners: string[];
  siblings: { id: string; kind: SiblingKind }[];
}

function add(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}

/**
 * The family tree as rows, one per person: the table that stands beside the drawing. Siblings
 * come from sibling links and from a shared parent (half when each has another, different parent).
 */
export function familyRows(ids: readonly string[], edges: readonly KinEdge[]): FamilyRow[] {
  const rows = new Map<string, FamilyRow>(
    ids.map((id) => [id, { id, parents: [], children: [], partners: [], siblings: [] }]),
  );
  const siblingKind = new Map<string, SiblingKind>();
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  for (const e of edges) {
    const a = rows.get(e.from);
    const b = rows.get(e.to);
    if (!a || !b || e.from === e.to) continue;
    if (e.type === 'parent-of') {
      add(a.children, e.to);
      add(b.parents, e.from);
    } else if (e.type === 'partner-of') {
      add(a.partners, e.to);
      add(b.partners, e.from);
    } else {
      siblingKind.set(pairKey(e.from, e.to), e.step ? 'step' : e.half ? 'half' : 'full');
    }
  }
  for (const row of rows.values()) {
    for (const other of rows.values()) {
      if (other.id === row.id) continue;
      const key = pairKey(row.id, other.id);
      if (siblingKind.has(key)) continue;
      const shared = row.parents.filter((p) => other.parents.includes(p));
      if (shared.length === 0) continue;
      const half = shared.length === 1 && row.parents.length >= 2 && other.parents.length >= 2;
      siblingKind.set(key, half ? 'half' : 'full');
    }
  }
  for (const [key, kind] of siblingKind) {
    const [a = '', b = ''] = key.split('|');
    rows.get(a)?.siblings.push({ id: b, kind });
    rows.get(b)?.siblings.push({ id: a, kind });
  }
  return [...rows.values()];
}
