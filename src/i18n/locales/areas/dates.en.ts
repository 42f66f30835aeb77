import { enGB } from 'date-fns/locale/en-GB';

import { monthNames } from '../month-names';
import type { datesDa } from './dates.da';

export const datesEn: typeof datesDa = {
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
    age_since: 'I was {{age}}',
    age_since_approx: 'I was about {{age}}',
    age_bare: '{{age}}',
    age_bare_approx: 'about {{age}}',
    age_future: 'when I turn {{age}}',
    age_future_approx: 'when I am about {{age}}',
    ageMonth_future: 'in $t(date.months.{{month}}) when I am {{age}}',
    ageMonth_future_approx: 'in $t(date.months.{{month}}) when I am about {{age}}',
    ageDay_future: 'on {{day}} $t(date.months.{{month}}) when I am {{age}}',
    ageDay_future_approx: 'on {{day}} $t(date.months.{{month}}) when I am about {{age}}',
    ageSeason_future: 'in the $t(date.seasons.{{season}}) when I am {{age}}',
    ageSeason_future_approx: 'in the $t(date.seasons.{{season}}) when I am about {{age}}',
    unknown: 'unknown date',
    months: monthNames(enGB),
    seasons: {
      winter: 'winter',
      spring: 'spring',
      summer: 'summer',
      autumn: 'autumn',
    },
  },
  period: {
    range: '{{start}}–{{end}}',
    rangeAge: 'from when I was {{start}} until I was {{end}}',
    since: 'since {{start}}',
    untilNow: '{{start}} – now',
    untilNowAge: 'from when I was {{start}} until now',
    single: '{{start}}',
  },
};
