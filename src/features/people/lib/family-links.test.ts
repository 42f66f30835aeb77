import { makePerson } from '@/testing/factories';

import { addFamilyLink, relationsOf, removeFamilyLink } from './family-links';
import { kinEdges, ME_ID } from './kinship';
import { RELATION_LABELS } from './relation-labels';

const NOW = '2025-02-02T00:00:00.000Z';
const p = (id: string, o: Parameters<typeof makePerson>[1] = {}) =>
  makePerson('b', { id, name: id, relation: '', ...o });

describe('addFamilyLink', () => {
  it('stores "child of" on the parent as "parent of"', () => {
    const people = [p('gran'), p('mum')];
    const r = addFamilyLink(people, RELATION_LABELS, 'mum', 'child-of', 'gran', NOW);
    expect(r).toEqual({
      ok: true,
      changed: [{ ...people[0], links: [{ type: 'parent-of', personId: 'mum' }], updatedAt: NOW }],
    });
  });

  it('stores half- and step-siblings with their kind', () => {
    const r = addFamilyLink([p('x')], RELATION_LABELS, 'x', 'half-sibling-of', ME_ID, NOW);
    expect(r.ok && r.changed[0]?.links).toEqual([
      { type: 'sibling-of', personId: ME_ID, half: true },
    ]);
  });

  it('refuses a link to oneself, "child of me", a link already there and an impossible tree', () => {
    const people = [
      p('mum', { relation: 'mother' }),
      p('gran', { links: [{ type: 'parent-of', personId: 'mum' }] }),
    ];
    const add = (s: string, c: Parameters<typeof addFamilyLink>[3], t: string) =>
      addFamilyLink(people, RELATION_LABELS, s, c, t, NOW);
    expect(add('mum', 'sibling-of', 'mum')).toEqual({ ok: false, problem: 'same-person' });
    expect(add('mum', 'child-of', ME_ID)).toEqual({ ok: false, problem: 'child-of-me' });
    expect(add('mum', 'parent-of', ME_ID)).toEqual({ ok: false, problem: 'exists' });
    expect(add('gran', 'partner-of', 'mum')).toEqual({ ok: false, problem: 'contradiction' });
    expect(add('mum', 'parent-of', 'gran')).toEqual({ ok: false, problem: 'contradiction' });
  });
});

describe('removeFamilyLink and relationsOf', () => {
  it("reads a person's links from their side and removes a stored one", () => {
    const people = [
      p('mum', { relation: 'mother', links: [{ type: 'parent-of', personId: 'noah' }] }),
      p('noah'),
    ];
    const edges = kinEdges(people, RELATION_LABELS);
    const rel = relationsOf('noah', edges);
    expect(rel.map((r) => [r.role, r.otherId])).toEqual([['child-of', 'mum']]);
    const mum = relationsOf('mum', edges);
    expect(mum.map((r) => [r.role, r.otherId, r.edge.source])).toEqual([
      ['parent-of', 'noah', 'stored'],
      ['parent-of', ME_ID, 'relation'],
    ]);
    expect(removeFamilyLink(people, rel[0]!.edge, NOW)).toEqual({
      ...people[0],
      links: [],
      updatedAt: NOW,
    });
    // A link implied by the relation "mother" is changed by changing the relation instead.
    expect(removeFamilyLink(people, mum[1]!.edge, NOW)).toBeUndefined();
  });
});
