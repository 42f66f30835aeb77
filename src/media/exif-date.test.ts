import { exifDateToFuzzy } from './exif-date';

const now = new Date('2026-11-22T12:00:00Z');

describe('exifDateToFuzzy', () => {
  it('keeps the day and drops the time', () => {
    expect(exifDateToFuzzy('2019:07:14 15:30:00', now)).toEqual({ year: 2019, month: 7, day: 14 });
    expect(exifDateToFuzzy('2019-07-14T15:30:00', now)).toEqual({ year: 2019, month: 7, day: 14 });
  });

  it('keeps what is valid of a half-broken date', () => {
    expect(exifDateToFuzzy('2019:00:00 00:00:00', now)).toEqual({ year: 2019 });
    expect(exifDateToFuzzy('2019:02:30 00:00:00', now)).toEqual({ year: 2019, month: 2 });
  });

  it('treats an unset camera clock, the future and non-dates as unknown', () => {
    expect(exifDateToFuzzy('0000:00:00 00:00:00', now)).toBeUndefined();
    expect(exifDateToFuzzy('1970:01:01 00:00:00', now)).toBeUndefined();
    expect(exifDateToFuzzy('2031:01:01 00:00:00', now)).toBeUndefined();
    expect(exifDateToFuzzy('    ', now)).toBeUndefined();
    expect(exifDateToFuzzy(20190714, now)).toBeUndefined();
    expect(exifDateToFuzzy(undefined, now)).toBeUndefined();
  });
});
