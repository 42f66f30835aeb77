import { describe, expect, it } from 'vitest';

import { sampleBook } from '@/testing/pack-fixtures';
import { allIds, withFreshIds } from './fresh-ids';

describe('withFreshIds', () => {
  it('replaces every id and every reference to it, and nothing else', async () => {
    const { data } = await sampleBook();
    let n = 0;
    const { data: copy, idMap } = withFreshIds(
      data,
      () => `fresh${String((n += 1)).padStart(4, '0')}`,
    );
    const oldIds = allIds(data);
    expect(idMap.size).toBe(oldIds.length);
    const text = JSON.stringify(copy);
    for (const id of oldIds) expect(text).not.toContain(`"${id}"`);
    expect(copy.book.id).toBe(idMap.get(data.book.id));
    for (const e of copy.entries) expect(e.bookId).toBe(copy.book.id);
    // Mapping the new ids back gives the original exactly: only ids moved, all text is intact.
    const back = new Map([...idMap].map(([a, b]) => [b, a]));
    const undone = JSON.parse(text.replace(/fresh\d{4}/g, (m) => back.get(m) ?? m)) as unknown;
    expect(undone).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it('leaves the child link "me" alone', async () => {
    const { data } = await sampleBook();
    const person = data.people[0];
    if (!person) throw new Error('fixture has people');
    const withMe = {
      ...data,
      people: [
        { ...person, links: [{ personId: 'me', type: 'sibling-of' as const }] },
        ...data.people.slice(1),
      ],
    };
    const { data: copy } = withFreshIds(withMe, () => 'new-id-xxxxxxxxxxxxxxxx');
    expect(JSON.stringify(copy.people[0])).toContain('"personId":"me"');
  });
});
