import type { Person } from '@/domain';
import { makePerson } from '@/testing/factories';

import {
  draftOf,
  emptyDraft,
  NAME_MAX,
  NOTE_MAX,
  personFromDraft,
  type PersonDraft,
  RELATION_MAX,
  validateDraft,
} from './person-form';

describe('validateDraft', () => {
  it('asks for a name when it is empty or only white space', () => {
    expect(validateDraft({ ...emptyDraft(), name: '' })).toEqual([
      { field: 'name', code: 'required' },
    ]);
    expect(validateDraft({ ...emptyDraft(), name: ' \n\t ' })).toEqual([
      { field: 'name', code: 'required' },
    ]);
  });

  it('counts characters as a reader does and refuses what is too long', () => {
    expect(validateDraft({ ...emptyDraft(), name: '👩‍👧'.repeat(NAME_MAX) })).toEqual([]);
    expect(
      validateDraft({
        ...emptyDraft(),
        name: 'a'.repeat(NAME_MAX + 1),
        relation: 'b'.repeat(RELATION_MAX + 1),
        note: 'c'.repeat(NOTE_MAX + 1),
      }),
    ).toEqual([
      { field: 'name', code: 'too-long', max: NAME_MAX },
      { field: 'relation', code: 'too-long', max: RELATION_MAX },
      { field: 'note', code: 'too-long', max: NOTE_MAX },
    ]);
  });
});

describe('personFromDraft', () => {
  const NOW = '2025-01-01T00:00:00.000Z';
  /** Saves the draft as person `id` of book 'b', at NOW. */
  const saveDraft = (draft: PersonDraft, id: string, existing?: Person) =>
    personFromDraft(draft, { id, bookId: 'b' }, existing, NOW);

  it('tidies the name and keeps what the form does not show', () => {
    const existing = makePerson('b', {
      id: 'p1',
      name: 'Old',
      links: [{ type: 'parent-of', personId: 'me' }],
      line: 'strong',
      note: 'old note',
      contact: 'weekly',
      createdAt: '2020-01-01T00:00:00.000Z',
    });
    const draft = { ...draftOf(existing), name: '  Maja   Sofie ', note: '  ', contact: undefined };
    const saved = saveDraft(draft, 'p1', existing);
    expect(saved).toMatchObject({
      id: 'p1',
      name: 'Maja Sofie',
      links: [{ type: 'parent-of', personId: 'me' }],
      line: 'strong',
      createdAt: '2020-01-01T00:00:00.000Z',
      updatedAt: NOW,
    });
    expect(saved).not.toHaveProperty('note');
    expect(saved).not.toHaveProperty('contact');
  });

  it('makes a new person with no links', () => {
    const saved = saveDraft(
      { ...emptyDraft('friends'), name: 'Sofie', hideInSlideshows: true },
      'n',
    );
    expect(saved).toEqual({
      id: 'n',
      bookId: 'b',
      name: 'Sofie',
      relation: '',
      sector: 'friends',
      closeness: 2,
      hideInSlideshows: true,
      links: [],
      createdAt: NOW,
      updatedAt: NOW,
    });
  });
});
