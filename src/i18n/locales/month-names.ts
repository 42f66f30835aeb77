import type { Locale as DateFnsLocale } from 'date-fns';

/** A month's number as the fuzzy dates hold it: 1 is January. */
export type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

/**
 * The twelve month names as date-fns (CLDR) writes them for a language, keyed 1–12 so the
 * templates can say `$t(date.months.{{month}})`. The app, its date pickers and every exported
 * file read them from here: no language's month names are typed out by hand.
 */
export function monthNames(locale: DateFnsLocale): Record<MonthNumber, string> {
  const name = (index: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11) =>
    locale.localize.month(index, { width: 'wide', context: 'standalone' });
  return {
    1: name(0),
    2: name(1),
    3: name(2),
    4: name(3),
    5: name(4),
    6: name(5),
    7: name(6),
    8: name(7),
    9: name(8),
    10: name(9),
    11: name(10),
    12: name(11),
  };
}
