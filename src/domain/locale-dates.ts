/*
 * Date and period strings, merged at the ROOT of the app's i18next resources (the templates
 * nest `$t(date.months.…)` by absolute key). Keys ending in `_approx` are i18next context
 * variants: `t(key, { ...values, context: 'approx' })` picks them and falls back to the plain key.
 * An approximate age reads "da jeg var omkring 5", not "ca. da jeg var 5", hence a variant per
 * key rather than one "ca. {{inner}}" wrapper.
 */

export const dateStringsDa = {
  date: {
    year: '{{year}}',
    year_approx: 'ca. {{year}}',
    month: '$t(date.months.{{month}}) {{year}}',
    month_approx: 'ca. $t(date.months.{{month}}) {{year}}',
    day: '{{day}}. $t(date.months.{{month}}) {{year}}',
    day_approx: 'ca. {{day}}. $t(date.months.{{month}}) {{year}}',
    season: '$t(date.seasons.{{season}}) {{year}}',
    season_approx: 'ca. $t(date.seasons.{{season}}) {{year}}',
    age: 'da jeg var {{age}}',
    age_approx: 'da jeg var omkring {{age}}',
    ageMonth: 'i $t(date.months.{{month}}), da jeg var {{age}}',
    ageMonth_approx: 'i $t(date.months.{{month}}), da jeg var omkring {{age}}',
    ageDay: 'den {{day}}. $t(date.months.{{month}}), da jeg var {{age}}',
    ageDay_approx: 'den {{day}}. $t(date.months.{{month}}), da jeg var omkring {{age}}',
    ageSeason: 'om $t(date.seasons.{{season}}), da jeg var {{age}}',
    ageSeason_approx: 'om $t(date.seasons.{{season}}), da jeg var omkring {{age}}',
    unknown: 'ukendt tidspunkt',
    months: {
      1: 'januar',
      2: 'februar',
      3: 'marts',
      4: 'april',
      5: 'maj',
      6: 'juni',
      7: 'juli',
      8: 'august',
      9: 'september',
      10: 'oktober',
      11: 'november',
      12: 'december',
    },
    seasons: {
      winter: 'vinteren',
      spring: 'foråret',
      summer: 'sommeren',
      autumn: 'efteråret',
    },
  },
  period: {
    range: '{{start}}–{{end}}',
    since: 'siden {{start}}',
    untilNow: '{{start}} – nu',
    single: '{{start}}',
  },
};

export type DateStrings = typeof dateStringsDa;

export const dateStringsEn: DateStrings = {
  date: {
    year: '{{year}}',
    year_approx: 'about {{year}}',
    month: '$t(date.months.{{month}}) {{year}}',
    month_approx: 'about $t(date.months.{{month}}) {{year}}',
    day: '{{day}} $t(date.months.{{month}}) {{year}}',
    day_approx: 'about {{day}} $t(date.months.{{month}}) {{year}}',
    season: '$t(date.seasons.{{season}}) {{year}}',
    season_approx: 'about $t(date.seasons.{{season}}) {{year}}',
    age: 'when I was {{age}}',
    age_approx: 'when I was about {{age}}',
    ageMonth: 'in $t(date.months.{{month}}) when I was {{age}}',
    ageMonth_approx: 'in $t(date.months.{{month}}) when I was about {{age}}',
    ageDay: 'on {{day}} $t(date.months.{{month}}) when I was {{age}}',
    ageDay_approx: 'on {{day}} $t(date.months.{{month}}) when I was about {{age}}',
    ageSeason: 'in the $t(date.seasons.{{season}}) when I was {{age}}',
    ageSeason_approx: 'in the $t(date.seasons.{{season}}) when I was about {{age}}',
    unknown: 'unknown date',
    months: {
      1: 'January',
      2: 'February',
      3: 'March',
      4: 'April',
      5: 'May',
      6: 'June',
      7: 'July',
      8: 'August',
      9: 'September',
      10: 'October',
      11: 'November',
      12: 'December',
    },
    seasons: {
      winter: 'winter',
      spring: 'spring',
      summer: 'summer',
      autumn: 'autumn',
    },
  },
  period: {
    range: '{{start}}–{{end}}',
    since: 'since {{start}}',
    untilNow: '{{start}} – now',
    single: '{{start}}',
  },
};
