import type { Person } from '@/domain';

import { kinEdges, ME_ID, siblingFromWords, siblingsOfMe } from './kinship';
import { RELATION_LABELS } from './relation-labels';

function person(id: string, overrides: Partial<Person> = {}): Person {
  return {
    id,
    bookId: 'b',
    name: id,
    relation: '',
    sector: 'family',
    closeness: 2,
    links: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('siblingFromWords', () => {
  it.each([
    ['Lillebror (halvbror)', 'half'],
    ['Storesøster', 'full'],
    ['Little brother (half-brother)', 'half'],
    ['Bonussøster', 'step'],
    ['stepsister', 'step'],
    ['Søskende', 'full'],
  ] as const)('reads "%s" as a %s sibling', (words, kind) => {
    expect(siblingFromWords(words)).toBe(kind);
  });

  it.each(['Plejebror', 'Foster sister', 'Mormor', 'Ven', ''])(
    'does not read "%s" as a sibling',
    (w) => {
      expect(siblingFromWords(w)).toBeUndefined();
    },
  );
});

describe('kinEdges', () => {
  it('turns preset relations into family links with the child, in any language', () => {
    const edges = kinEdges(
      [
        person('mum', { relation: 'Mor' }),
        person('dad', { relation: 'father' }),
        person('sis', { relation: 'half-sister' }),
        person('kid', { relation: 'daughter' }),
        person('love', { relation: 'partner' }),
      ],
      RELATION_LABELS,
    );
    expect(edges.map((e) => [e.type, e.from, e.to, e.half ?? false])).toEqual([
      ['parent-of', 'mum', ME_ID, false],
      ['parent-of', 'dad', ME_ID, false],
      ['sibling-of', 'sis', ME_ID, true],
      ['parent-of', ME_ID, 'kid', false],
      ['partner-of', 'love', ME_ID, false],
    ]);
    expect(edges.every((e) => e.source === 'relation')).toBe(true);
  });

  it('keeps stored links, prefers them to implied ones, and drops bad ones', () => {
    const edges = kinEdges(
      [
        person('mum', {
          relation: 'mother',
          links: [
            { type: 'parent-of', personId: ME_ID },
            { type: 'parent-of', personId: 'noah' },
            { type: 'parent-of', personId: 'mum' },
            { type: 'sibling-of', personId: 'deleted-person' },
          ],
        }),
        person('noah', { links: [{ type: 'sibling-of', personId: 'x' }] }),
        person('x', { links: [{ type: 'sibling-of', personId: 'noah' }] }),
      ],
      RELATION_LABELS,
    );
    expect(edges.map((e) => `${e.type}:${e.from}>${e.to}:${e.source}`)).toEqual([
      `parent-of:mum>${ME_ID}:stored`,
      'parent-of:mum>noah:stored',
      'sibling-of:noah>x:stored',
    ]);
  });
});

describe('siblingsOfMe', () => {
  it('finds siblings by link, by words and by a shared parent, half and step too', () => {
    const people = [
      person('mum', { relation: 'Mor', links: [{ type: 'parent-of', personId: 'noah' }] }),
      person('noah', { relation: 'Lillebror' }),
      person('ida', { relation: 'Lillesøster (halvsøster)' }),
      person('leo', { links: [{ type: 'sibling-of', personId: ME_ID, step: true }] }),
      person('bo', { relation: 'Plejebror', sector: 'placement' }),
      person('kim'),
    ];
    const siblings = siblingsOfMe(people, kinEdges(people, RELATION_LABELS));
    expect(siblings.map((s) => [s.person.id, s.kind])).toEqual([
      ['noah', 'full'],
      ['ida', 'half'],
      ['leo', 'step'],
    ]);
  });

  it('calls a sibling through one of two different parents a half-sibling', () => {
    const people = [
      person('mum', {
        links: [
          { type: 'parent-of', personId: ME_ID },
          { type: 'parent-of', personId: 'x' },
        ],
      }),
      person('dad', { links: [{ type: 'parent-of', personId: ME_ID }] }),
      person('other', { links: [{ type: 'parent-of', personId: 'x' }] }),
      person('x'),
    ];
    expect(siblingsOfMe(people, kinEdges(people, [])).map((s) => [s.person.id, s.kind])).toEqual([
      ['x', 'half'],
    ]);
  });
});
