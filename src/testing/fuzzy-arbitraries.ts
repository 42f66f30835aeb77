/* Test-only: fast-check generators for fuzzy dates, shared by the *.test.ts files here. */
import fc from 'fast-check';
import { SEASONS, daysInMonth } from '@/domain';
import type { FuzzyDate, Period } from '@/domain';

// Narrow ranges mixed in so that equal years, ages and months (the interesting ties) are common.
const yearArb = fc.oneof(
  fc.integer({ min: 2010, max: 2012 }),
  fc.integer({ min: 1900, max: 2200 }),
);
const ageArb = fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 120 }));

function detailArb(year: number | undefined): fc.Arbitrary<FuzzyDate> {
  const month = fc.integer({ min: 1, max: 12 });
  return fc.oneof(
    fc.constant({}),
    month.map((m) => ({ month: m })),
    month.chain((m) =>
      fc.integer({ min: 1, max: daysInMonth(m, year) }).map((day) => ({ month: m, day })),
    ),
    fc.constantFrom(...SEASONS).map((season) => ({ season })),
  );
}

const anchorArb: fc.Arbitrary<FuzzyDate> = fc.oneof(
  yearArb.map((year) => ({ year })),
  ageArb.map((age) => ({ age })),
  fc.tuple(yearArb, ageArb).map(([year, age]) => ({ year, age })),
);

/** Valid dates in canonical form (no undefined fields, `approx` only when true). */
export const validFuzzyDate: fc.Arbitrary<FuzzyDate> = fc
  .tuple(anchorArb, fc.boolean())
  .chain(([anchor, approx]) =>
    detailArb(anchor.year).map((detail) => ({
      ...anchor,
      ...detail,
      ...(approx ? { approx: true } : {}),
    })),
  );

/** A valid date, or no date at all. */
export const maybeFuzzyDate: fc.Arbitrary<FuzzyDate | undefined> = fc.option(validFuzzyDate, {
  nil: undefined,
});

/** A birth date as a book may hold it: a year, perhaps a month, perhaps a day. */
export const birthDate: fc.Arbitrary<FuzzyDate> = yearArb.chain((year) =>
  fc.oneof(
    fc.constant({ year }),
    fc.integer({ min: 1, max: 12 }).map((month) => ({ year, month })),
    fc
      .integer({ min: 1, max: 12 })
      .chain((month) =>
        fc.integer({ min: 1, max: daysInMonth(month, year) }).map((day) => ({ year, month, day })),
      ),
  ),
);

export const maybeBirthDate: fc.Arbitrary<FuzzyDate | undefined> = fc.option(birthDate, {
  nil: undefined,
});

export const validPeriod: fc.Arbitrary<Period> = fc.record(
  { start: validFuzzyDate, end: validFuzzyDate, ongoing: fc.boolean() },
  { requiredKeys: ['start'] },
);
