import { ENTRY_KINDS } from '@/domain';
import { createI18n } from '@/i18n';

import { makeQuickEntry, quickDate, quickTitle } from './quick-entry';

const da = createI18n('da').t;
const en = createI18n('en').t;
const june = new Date(2026, 5, 14, 10, 30);

describe('the title of a memory added with pictures only', () => {
  it('is made from the kind and the month, in Danish and English', () => {
    const date = quickDate(june);
    expect(date).toEqual({ year: 2026, month: 6 });
    expect(quickTitle(da, 'memory', date)).toBe('Et minde fra juni 2026');
    expect(quickTitle(en, 'memory', date)).toBe('A memory from June 2026');
    expect(quickTitle(da, 'home', date)).toBe('Et hjem fra juni 2026');
    expect(quickTitle(en, 'school', date)).toBe('School from June 2026');
    expect(quickTitle(en, 'dream', quickDate(new Date(2027, 0, 1)))).toBe(
      'A dream from January 2027',
    );
  });

  it('has a phrase for every kind in both languages', () => {
    for (const kind of ENTRY_KINDS) {
      for (const t of [da, en]) {
        const title = quickTitle(t, kind, { year: 2026, month: 12 });
        expect(title).toMatch(/2026/);
        expect(title).not.toContain('road.');
      }
    }
  });
});

describe('makeQuickEntry', () => {
  const ctx = { bookId: 'book-1', now: june, t: en };

  it('refuses without a kind, so nothing is saved', () => {
    expect(makeQuickEntry({ kind: undefined, feeling: '😄', photoIds: ['p1'] }, ctx)).toEqual({
      problem: 'kindMissing',
    });
  });

  it('makes a moment dated by its month, with the feeling and each photo once', () => {
    const made = makeQuickEntry(
      { kind: 'memory', feeling: '😄', photoIds: ['p1', 'p2', 'p1'] },
      ctx,
    );
    if (!('entry' in made)) throw new Error('no entry');
    expect(made.entry).toMatchObject({
      bookId: 'book-1',
      kind: 'memory',
      title: 'A memory from June 2026',
      text: '',
      date: { year: 2026, month: 6 },
      feeling: '😄',
      photoIds: ['p1', 'p2'],
      personIds: [],
      author: { kind: 'child' },
      visibility: 'book',
    });
    expect(made.entry.period).toBeUndefined();
  });

  it('starts a home in that month, its end unknown; no feeling when none was chosen', () => {
    const made = makeQuickEntry({ kind: 'home', feeling: '', photoIds: [] }, ctx);
    if (!('entry' in made)) throw new Error('no entry');
    expect(made.entry.period).toEqual({ start: { year: 2026, month: 6 } });
    expect(made.entry.date).toBeUndefined();
    expect('feeling' in made.entry).toBe(false);
    expect(made.entry.protected).toBeUndefined();
  });
});
