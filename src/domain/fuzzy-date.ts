/** The fuzzy-date toolbox in one import; the parts live in small files beside this one. */
export {
  MAX_AGE,
  MAX_YEAR,
  MIN_YEAR,
  SEASONS,
  SEASON_MONTHS,
  ageAt,
  daysInMonth,
  fuzzyParts,
  isLeapYear,
  isSeason,
  isValidFuzzyDate,
  resolveYear,
  type FuzzyParts,
  type Season,
} from './fuzzy-core';
export {
  SORT_KEY_WIDTH,
  compareFuzzy,
  entrySortKey,
  fuzzySortKey,
  type SortableEntry,
} from './fuzzy-sort';
export { isOngoing, periodContainsYear, periodSortKey } from './fuzzy-period';
export { normalizeFuzzy, parseFuzzy, serializeFuzzy } from './fuzzy-serial';
