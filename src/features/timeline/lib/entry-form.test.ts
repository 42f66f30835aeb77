import { makeEntry } from '@/testing/factories';

import { draftFromEntry, readEntryDraft, type EntryDraft } from './entry-form';
import { emptyDraft } from './fuzzy-draft';
import { TEXT_MAX, TITLE_MAX } from './limits';

const now = new Date('2025-05-01T10:00:00Z');
const ctx = { bookId: 'book', now };

function draft(patch: Partial<EntryDraft>): EntryDraft {
  return { ...draftFromEntry(undefined, 'memory'), title: 'At the beach', ...patch };
}

describe('readEntryDraft', () => {
  it('makes a memory with a date, a feeling and the child as author', () => {
    const { entry, problems } = readEntryDraft(
      draft({ date: { ...emptyDraft(), year: '2019' }, feeling: '😄', text: '  Sand!\n\nSun. ' }),
      ctx,
    );
    expect(problems).toEqual({});
    expect(entry).toMatchObject({
      bookId: 'book',
      kind: 'memory',
      title: 'At the beach',
      text: 'Sand!\n\nSun.',
      date: { year: 2019 },
      feeling: '😄',
      author: { kind: 'child' },
      visibility: 'book',
      createdAt: now.toISOString(),
    });
    expect(entry).not.toHaveProperty('period');
  });

  it('makes a protected home that is still going on', () => {
    const { entry } = readEntryDraft(
      draft({
        kind: 'home',
        title: 'My home now',
        start: { ...emptyDraft(), year: '2022' },
        ongoing: true,
        place: ' Secret  street 1 ',
        protected: true,
      }),
      ctx,
    );
    expect(entry).toMatchObject({
      kind: 'home',
      period: { start: { year: 2022 }, ongoing: true },
      place: 'Secret street 1',
      protected: true,
    });
    expect(entry).not.toHaveProperty('date');
  });

  it('says what is wrong, field by field', () => {
    const { entry, problems } = readEntryDraft(
      draft({
        kind: 'school',
        title: '   ',
        text: 'x'.repeat(TEXT_MAX + 1),
        start: { ...emptyDraft(), year: '2020' },
        end: { ...emptyDraft(), year: '2018' },
        author: 'adult',
        authorName: ' ',
      }),
      ctx,
    );
    expect(entry).toBeUndefined();
    expect(problems).toEqual({
      title: 'titleMissing',
      text: 'textTooLong',
      end: 'endBeforeStart',
      author: 'authorNameMissing',
    });
    expect(readEntryDraft(draft({ title: 'é'.repeat(TITLE_MAX + 1) }), ctx).problems.title).toBe(
      'titleTooLong',
    );
    expect(readEntryDraft(draft({ kind: undefined }), ctx).problems.kind).toBe('kindMissing');
    expect(
      readEntryDraft(draft({ kind: 'home', start: emptyDraft('none') }), ctx).problems.start,
    ).toBe('startMissing');
    expect(
      readEntryDraft(
        draft({ date: { ...emptyDraft('day'), year: '2023', month: '2', day: '30' } }),
        ctx,
      ).problems.date,
    ).toBe('dateInvalid');
    expect(
      readEntryDraft(draft({ kind: 'letter', sealed: true, sealedUntil: '2030-02-30' }), ctx)
        .problems.seal,
    ).toBe('sealDateInvalid');
  });

  it('adds people on the spot and links them', () => {
    const { entry, newPeople } = readEntryDraft(
      draft({
        personIds: ['p1'],
        newPeople: [{ key: 'k', name: ' Noah ', relation: 'brother', sector: 'family' }],
      }),
      ctx,
    );
    expect(newPeople).toHaveLength(1);
    expect(newPeople[0]).toMatchObject({ bookId: 'book', name: 'Noah', sector: 'family' });
    expect(entry?.personIds).toEqual(['p1', newPeople[0]?.id]);
    expect(
      readEntryDraft(
        draft({ newPeople: [{ key: 'k', name: '', relation: '', sector: 'family' }] }),
        ctx,
      ).problems.people,
    ).toBe('personNameMissing');
  });

  it('keeps what it does not show when editing, and drops the seal of a non-letter', () => {
    const original = {
      ...makeEntry('book', {
        kind: 'letter',
        date: { year: 2020, age: 6 },
        sealedUntil: '2030-01-01',
        author: { kind: 'adult', name: 'Grandma' },
      }),
      futureField: 'from a newer version',
    };
    const d = draftFromEntry(original);
    expect(d.authorName).toBe('Grandma');
    const { entry } = readEntryDraft({ ...d, title: 'Dear you' }, { ...ctx, original });
    expect(entry).toMatchObject({
      id: original.id,
      createdAt: original.createdAt,
      title: 'Dear you',
      date: { year: 2020, age: 6 },
      sealedUntil: '2030-01-01',
      futureField: 'from a newer version',
    });
    const memory = readEntryDraft({ ...d, kind: 'memory' }, { ...ctx, original }).entry;
    expect(memory).not.toHaveProperty('sealedUntil');
  });

  it('round-trips a stored entry through the form unchanged but for updatedAt', () => {
    const original = makeEntry('book', {
      kind: 'home',
      date: undefined,
      period: { start: { year: 2017, season: 'autumn' }, end: { year: 2022, month: 6 } },
      subKind: 'foster-family',
      feeling: '🐴',
      place: 'Somewhere',
      protected: true,
      author: { kind: 'together', name: 'Hanne' },
      visibility: 'only-me',
    });
    const { entry } = readEntryDraft(
      { ...draftFromEntry(original), datesTouched: true },
      { ...ctx, original },
    );
    expect(entry).toEqual({ ...original, updatedAt: now.toISOString() });
  });
});
