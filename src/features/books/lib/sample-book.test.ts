import { buildSampleRecords } from './sample-book';

describe('buildSampleRecords', () => {
  it.each(['da', 'en'] as const)(
    'describes the fictional child in %s with the promised contents',
    (locale) => {
      const { people, entries } = buildSampleRecords('book-1', locale);
      const count = (kind: string, subKind?: string) =>
        entries.filter((e) => e.kind === kind && (subKind === undefined || e.subKind === subKind))
          .length;
      expect(people).toHaveLength(8);
      expect(count('home')).toBe(3);
      expect(count('school', 'school')).toBe(2);
      expect(count('school', 'daycare')).toBe(1);
      expect(count('letter')).toBe(1);
      expect(count('dream')).toBe(2);
      expect(entries.every((e) => e.bookId === 'book-1')).toBe(true);
    },
  );

  it('marks the current home as protected and links people by id', () => {
    const { people, entries } = buildSampleRecords('b', 'da');
    expect(entries.filter((e) => e.protected)).toHaveLength(1);
    const ids = new Set(people.map((p) => p.id));
    expect(entries.flatMap((e) => e.personIds).every((id) => ids.has(id))).toBe(true);
  });
});
