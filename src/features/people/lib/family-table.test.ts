import { familyRows } from './family-table';
import { ME_ID, type KinEdge } from './kinship';

const e = (
  type: KinEdge['type'],
  from: string,
  to: string,
  extra: Partial<KinEdge> = {},
): KinEdge => ({
  type,
  from,
  to,
  source: 'stored',
  ...extra,
});

describe('familyRows', () => {
  it('lists parents, children, partners and siblings, including half-siblings by a shared parent', () => {
    const rows = familyRows(
      [ME_ID, 'mum', 'dad', 'noah', 'otherdad', 'gran'],
      [
        e('parent-of', 'mum', ME_ID),
        e('parent-of', 'dad', ME_ID),
        e('parent-of', 'mum', 'noah'),
        e('parent-of', 'otherdad', 'noah'),
        e('partner-of', 'mum', 'dad'),
        e('parent-of', 'gran', 'mum'),
      ],
    );
    const me = rows.find((r) => r.id === ME_ID)!;
    expect(me.parents).toEqual(['mum', 'dad']);
    expect(me.siblings).toEqual([{ id: 'noah', kind: 'half' }]);
    expect(rows.find((r) => r.id === 'mum')).toMatchObject({
      parents: ['gran'],
      children: [ME_ID, 'noah'],
      partners: ['dad'],
    });
  });

  it('keeps the kind a sibling link states, and ignores links to unknown people', () => {
    const rows = familyRows(
      [ME_ID, 'x'],
      [e('sibling-of', 'x', ME_ID, { step: true }), e('parent-of', 'ghost', ME_ID)],
    );
    expect(rows.find((r) => r.id === ME_ID)).toMatchObject({
      parents: [],
      siblings: [{ id: 'x', kind: 'step' }],
    });
  });
});
