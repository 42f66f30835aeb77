import { newId, nowIso } from './ids';

describe('newId', () => {
  it('is 22 base64url characters', () => {
    for (let i = 0; i < 200; i++) expect(newId()).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('carries exactly 128 bits: the last character only encodes 2 bits', () => {
    for (let i = 0; i < 200; i++) expect('AQgw').toContain(newId().slice(-1));
  });

  it('does not repeat', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newId()));
    expect(ids.size).toBe(10_000);
  });

  it('uses every character of the alphabet (the encoding is not stuck)', () => {
    const seen = new Set(Array.from({ length: 2_000 }, () => newId().slice(0, 21)).join(''));
    expect(seen.size).toBe(64);
  });
});

describe('nowIso', () => {
  it('formats the given moment as ISO 8601 UTC', () => {
    expect(nowIso(new Date(Date.UTC(2024, 1, 29, 12, 30)))).toBe('2024-02-29T12:30:00.000Z');
  });

  it('defaults to the current time', () => {
    const before = Date.now();
    const t = Date.parse(nowIso());
    expect(t).toBeGreaterThanOrEqual(before - 1);
    expect(t).toBeLessThanOrEqual(Date.now() + 1);
  });
});
