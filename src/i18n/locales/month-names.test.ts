import { createDocumentI18n } from '../document-i18n';
import { createI18n } from '../create-i18n';
import { monthNames, type MonthNumber } from './month-names';
import { da as daLocale, enGB } from 'date-fns/locale';

const MONTHS: MonthNumber[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

describe('month names', () => {
  it('are the language’s own (date-fns / CLDR), January first', () => {
    expect(Object.values(monthNames(daLocale))).toEqual([
      'januar',
      'februar',
      'marts',
      'april',
      'maj',
      'juni',
      'juli',
      'august',
      'september',
      'oktober',
      'november',
      'december',
    ]);
    expect(monthNames(enGB)[1]).toBe('January');
    expect(monthNames(enGB)[12]).toBe('December');
  });

  it.each(['da', 'en'] as const)(
    'read the same in the app and in every exported file, all twelve (%s)',
    (locale) => {
      const app = createI18n(locale);
      const documents = createDocumentI18n().getFixedT(locale);
      for (const month of MONTHS) {
        const inApp = app.t('date.month', { month, year: 2014 });
        expect(documents('date.month', { month, year: 2014 })).toBe(inApp);
        expect(inApp).toBe(`${monthNames(locale === 'en' ? enGB : daLocale)[month]} 2014`);
      }
    },
  );
});
