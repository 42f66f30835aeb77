/*
 * Date and period strings, merged at the ROOT of the app's i18next resources (the templates
 * nest `$t(date.months.…)` by absolute key). Keys ending in `_approx` are i18next context
 * variants: `t(key, { ...values, context: 'approx' })` picks them and falls back to the plain key.
 * An approximate age reads "da jeg var omkring 5", not "ca. da jeg var 5", hence a variant per
 * key rather than one "ca. {{inner}}" wrapper.
 */

import { da } from 'date-fns/locale/da';

import { monthNames } from '../month-names';

export const datesDa = {
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
    // "siden jeg var 5", "fra jeg var 3, til jeg var 8", and ahead: "når jeg bliver 18".
    age_since: 'jeg var {{age}}',
    age_since_approx: 'jeg var omkring {{age}}',
    age_bare: '{{age}}',
    age_bare_approx: 'omkring {{age}}',
    age_future: 'når jeg bliver {{age}}',
    age_future_approx: 'når jeg bliver omkring {{age}}',
    ageMonth_future: 'i $t(date.months.{{month}}), når jeg er {{age}}',
    ageMonth_future_approx: 'i $t(date.months.{{month}}), når jeg er omkring {{age}}',
    ageDay_future: 'den {{day}}. $t(date.months.{{month}}), når jeg er {{age}}',
    ageDay_future_approx: 'den {{day}}. $t(date.months.{{month}}), når jeg er omkring {{age}}',
    ageSeason_future: 'om $t(date.seasons.{{season}}), når jeg er {{age}}',
    ageSeason_future_approx: 'om $t(date.seasons.{{season}}), når jeg er omkring {{age}}',
    unknown: 'ukendt tidspunkt',
    months: monthNames(da),
    seasons: {
      winter: 'vinteren',
      spring: 'foråret',
      summer: 'sommeren',
      autumn: 'efteråret',
    },
  },
  period: {
    range: '{{start}}–{{end}}',
    rangeAge: 'fra jeg var {{start}}, til jeg var {{end}}',
    since: 'siden {{start}}',
    untilNow: '{{start}} – nu',
    untilNowAge: 'fra jeg var {{start}} til nu',
    single: '{{start}}',
  },
};
