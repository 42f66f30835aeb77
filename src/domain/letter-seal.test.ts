import { isSealed, localIsoDay, parseIsoDay, sealDate } from './letter-seal';

describe('sealed letters', () => {
  it('reads real calendar days only', () => {
    expect(parseIsoDay('2030-12-24')).toEqual({ year: 2030, month: 12, day: 24 });
    expect(parseIsoDay('2023-02-29')).toBeUndefined();
    expect(parseIsoDay('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDay('2030-13-01')).toBeUndefined();
    expect(parseIsoDay('24/12/2030')).toBeUndefined();
  });

  it('stays sealed until local midnight of the day', () => {
    const evening = new Date(2030, 11, 23, 23, 59);
    const morning = new Date(2030, 11, 24, 0, 0);
    expect(localIsoDay(evening)).toBe('2030-12-23');
    expect(isSealed('2030-12-24', evening)).toBe(true);
    expect(isSealed('2030-12-24', morning)).toBe(false);
    expect(isSealed(undefined, evening)).toBe(false);
    expect(isSealed('garbage', evening)).toBe(false);
  });

  it('shows the seal date as a fuzzy date', () => {
    expect(sealDate('2030-12-24')).toEqual({ year: 2030, month: 12, day: 24 });
  });
});
