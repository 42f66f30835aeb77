import { ageAt } from './fuzzy-core';
import type { AgeMode } from './lists';
import type { FuzzyDate } from './types';

/**
 * A suggested age mode: young 0–9 (big pictures, little typing), middle 10–13, teen 14+
 * (own words, privacy). Only a suggestion: the child and adult choose. Undefined when the
 * age is unknown, so the caller asks instead of guessing.
 */
export function ageMode(ageYears: number | undefined): AgeMode | undefined {
  if (ageYears === undefined || !Number.isFinite(ageYears) || ageYears < 0) return undefined;
  if (ageYears < 10) return 'young';
  if (ageYears < 14) return 'middle';
  return 'teen';
}

/**
 * The child's age today (local calendar date). With an unknown birth month or day the
 * birthday is assumed already reached this year, as `ageAt` does.
 */
export function currentAge(birth: FuzzyDate | undefined, today: Date): number | undefined {
  return ageAt(birth, {
    year: today.getFullYear(),
    month: today.getMonth() + 1,
    day: today.getDate(),
  });
}
