import { createI18n } from './index';
import { da } from './locales/da';
import { en } from './locales/en';

type Tree = Readonly<Record<string, unknown>>;

/** Every string of a resource tree by its dotted key. */
function flatten(tree: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof tree === 'string') out.set(prefix, tree);
  else if (Array.isArray(tree)) tree.forEach((v, i) => flatten(v, `${prefix}.${i}`, out));
  else if (tree !== null && typeof tree === 'object') {
    for (const [k, v] of Object.entries(tree as Tree))
      flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

/*
 * A count that is no amount of things needs no plural: a counter beside a limit ("12 af 2.000
 * tegn", the noun belongs to the limit) or a number in brackets after a label ("Skraldespanden (3)").
 */
const NOT_AN_AMOUNT = new Set([
  'limits.count',
  'timeline.binLinkCount',
  'photos.gallery.showHidden',
]);

const locales = { da: flatten(da), en: flatten(en) };
const PLURAL = /_(one|other)$/;

/** The base keys that take a count: those with plural forms, and any string with {{count}}. */
function countedKeys(): string[] {
  const keys = new Set<string>();
  for (const strings of Object.values(locales)) {
    for (const [key, value] of strings) {
      if (PLURAL.test(key)) keys.add(key.replace(PLURAL, ''));
      else if (/\{\{count\b/.test(value) && !NOT_AN_AMOUNT.has(key)) keys.add(key);
    }
  }
  return [...keys].sort();
}

describe('plural forms', () => {
  const keys = countedKeys();

  it('finds the counted strings', () => {
    expect(keys.length).toBeGreaterThan(40);
  });

  it.each(Object.entries(locales))('every counted key has _one and _other in %s', (_, strings) => {
    const missing = keys.filter((k) => !strings.has(`${k}_one`) || !strings.has(`${k}_other`));
    expect(missing).toEqual([]);
  });

  it.each(['da', 'en'] as const)('renders every counted key with 0, 1 and 2 in %s', (lng) => {
    const i18n = createI18n(lng);
    for (const key of keys) {
      for (const count of [0, 1, 2]) {
        // Other values the strings take, so only the count can go wrong.
        const translate = i18n.t.bind(i18n) as (key: string, options: object) => string;
        const text = translate(key, {
          count,
          name: 'Alma',
          saved: 0,
          total: 3,
          year: 2020,
        });
        expect(text, `${key} ${count}`).not.toMatch(/\{\{\s*count|_one\b|_other\b/);
        expect(text, `${key} ${count}`).toContain(String(count));
        expect(text).not.toBe(key);
      }
    }
  });

  it.each<[string, number, string, string]>([
    ['packImport.contents.protectedPlaces', 1, '1 hemmelig adresse', '1 secret address'],
    ['packImport.contents.protectedPlaces', 2, '2 hemmelige adresser', '2 secret addresses'],
    ['pack.review.protected', 1, 'Tag 1 hemmelig adresse med', 'Include 1 secret address'],
    ['lock.wrongPin', 1, 'Du har 1 forsøg tilbage', 'You have 1 try left'],
    ['lock.wrongPin', 2, 'Du har 2 forsøg tilbage', 'You have 2 tries left'],
    ['lock.tooSoon', 1, 'Vent 1 sekund,', 'Wait 1 second '],
    ['lock.tooSoon', 2, 'Vent 2 sekunder,', 'Wait 2 seconds '],
    ['meNow.age', 1, '1 år', '1 year'],
    ['meNow.age', 2, '2 år', '2 years'],
    ['pack.reminder.due', 1, 'det er 1 dag siden', 'it is 1 day since'],
    ['pack.reminder.due', 40, 'det er 40 dage siden', 'it is 40 days since'],
    ['counts.photos', 0, '0 billeder', '0 photos'],
    ['counts.photos', 1, '1 billede', '1 photo'],
    ['counts.photos', 2, '2 billeder', '2 photos'],
  ])('%s with %i reads right', (key, count, danish, english) => {
    expect(createI18n('da').t(key as 'app.name', { count })).toContain(danish);
    expect(createI18n('en').t(key as 'app.name', { count })).toContain(english);
  });
});

describe('one name for one thing', () => {
  it('calls a protected place "hemmelig adresse", never "beskyttet hjem/adresse"', () => {
    for (const value of locales.da.values()) {
      expect(value).not.toMatch(/beskytted?e? (hjem|adresse)/i);
    }
    for (const value of locales.en.values()) {
      expect(value).not.toMatch(/protected (home|address)/i);
    }
  });
});
