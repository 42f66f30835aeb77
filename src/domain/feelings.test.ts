import { FEELINGS, feelingId } from './feelings';

describe('feelings', () => {
  it('names each known feeling by its emoji, and no other emoji', () => {
    for (const f of FEELINGS) expect(feelingId(f.emoji)).toBe(f.id);
    expect(feelingId('🦄')).toBeUndefined();
    expect(feelingId(undefined)).toBeUndefined();
  });

  it('has one emoji and one id per feeling', () => {
    expect(new Set(FEELINGS.map((f) => f.emoji)).size).toBe(FEELINGS.length);
    expect(new Set(FEELINGS.map((f) => f.id)).size).toBe(FEELINGS.length);
  });
});
