import type { FamilyLink, Person } from '@/domain';

import { layoutGenogram } from './genogram-layout';
import { kinEdges, ME_ID, type KinEdge } from './kinship';
import type { RelationLabels } from '@/domain';

/** The family relations the link editor offers, read as "<person> is <choice> <other>". */
export const LINK_CHOICES = [
  'parent-of',
  'child-of',
  'sibling-of',
  'half-sibling-of',
  'step-sibling-of',
  'partner-of',
] as const;

export type LinkChoice = (typeof LINK_CHOICES)[number];

export type LinkProblem = 'same-person' | 'child-of-me' | 'exists' | 'contradiction';

export type LinkResult = { ok: true; changed: Person[] } | { ok: false; problem: LinkProblem };

function withLink(p: Person, link: FamilyLink, now: string): Person {
  return { ...p, links: [...p.links, link], updatedAt: now };
}

/**
 * Adds "subject is <choice> target" as a stored link. "Child of" is stored on the parent, as
 * "parent of"; the child is no Person, so "child of me" has no record to go on and is refused.
 * A link that makes the tree impossible (someone their own grandparent) is refused too.
 */
export function addFamilyLink(
  people: readonly Person[],
  labels: readonly RelationLabels[],
  subjectId: string,
  choice: LinkChoice,
  targetId: string,
  now: string,
): LinkResult {
  if (subjectId === targetId) return { ok: false, problem: 'same-person' };
  const byId = new Map(people.map((p) => [p.id, p]));
  const subject = byId.get(subjectId);
  if (!subject) return { ok: false, problem: 'same-person' };
  let owner: Person | undefined = subject;
  let link: FamilyLink;
  if (choice === 'child-of') {
    if (targetId === ME_ID) return { ok: false, problem: 'child-of-me' };
    owner = byId.get(targetId);
    link = { type: 'parent-of', personId: subjectId };
  } else if (choice === 'parent-of' || choice === 'partner-of') {
    link = { type: choice, personId: targetId };
  } else {
    link = {
      type: 'sibling-of',
      personId: targetId,
      ...(choice === 'half-sibling-of' ? { half: true } : {}),
      ...(choice === 'step-sibling-of' ? { step: true } : {}),
    };
  }
  if (!owner) return { ok: false, problem: 'same-person' };
  const before = kinEdges(people, labels);
  const candidate: KinEdge = {
    type: link.type,
    from: owner.id,
    to: link.personId,
    source: 'stored',
  };
  const same = (e: KinEdge) =>
    e.type === candidate.type &&
    ((e.from === candidate.from && e.to === candidate.to) ||
      (e.type !== 'parent-of' && e.from === candidate.to && e.to === candidate.from));
  if (before.some(same)) return { ok: false, problem: 'exists' };
  const changed = withLink(owner, link, now);
  const after = people.map((p) => (p.id === changed.id ? changed : p));
  const ids = [ME_ID, ...people.map((p) => p.id)];
  const contradictionsBefore = layoutGenogram(ids, before).ignored.length;
  const contradictionsAfter = layoutGenogram(ids, kinEdges(after, labels)).ignored.length;
  if (contradictionsAfter > contradictionsBefore) return { ok: false, problem: 'contradiction' };
  return { ok: true, changed: [changed] };
}

/** Removes a stored link from the person who holds it; implied links cannot be removed. */
export function removeFamilyLink(
  people: readonly Person[],
  edge: KinEdge,
  now: string,
): Person | undefined {
  if (edge.source !== 'stored' || !edge.ownerId) return undefined;
  const owner = people.find((p) => p.id === edge.ownerId);
  if (!owner) return undefined;
  const other = edge.from === owner.id ? edge.to : edge.from;
  const links = owner.links.filter((l) => !(l.type === edge.type && l.personId === other));
  if (links.length === owner.links.length) return undefined;
  return { ...owner, links, updatedAt: now };
}

/** The relations of one person, from their side: "parent of Noah", "child of Mormor", … */
export interface PersonRelation {
  edge: KinEdge;
  role:
    'parent-of' | 'child-of' | 'sibling-of' | 'half-sibling-of' | 'step-sibling-of' | 'partner-of';
  otherId: string;
}

export function relationsOf(personId: string, edges: readonly KinEdge[]): PersonRelation[] {
  const out: PersonRelation[] = [];
  for (const edge of edges) {
    if (edge.from !== personId && edge.to !== personId) continue;
    const otherId = edge.from === personId ? edge.to : edge.from;
    let role: PersonRelation['role'];
    if (edge.type === 'parent-of') role = edge.from === personId ? 'parent-of' : 'child-of';
    else if (edge.type === 'partner-of') role = 'partner-of';
    else role = edge.step ? 'step-sibling-of' : edge.half ? 'half-sibling-of' : 'sibling-of';
    out.push({ edge, role, otherId });
  }
  return out;
}
