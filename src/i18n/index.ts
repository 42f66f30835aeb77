import { da as daLocale, enGB } from 'date-fns/locale';
import type { Locale as DateFnsLocale } from 'date-fns';
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import type { Locale } from '@/domain';

import { da } from './locales/da';
import { en } from './locales/en';

export const SUPPORTED_LOCALES: readonly Locale[] = ['da', 'en'];
const RTL_LOCALES: readonly string[] = [];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** `?lang=en` forces a language for the whole visit (tests and support use it). */
export function forcedLocale(
  search: string = typeof location === 'undefined' ? '' : location.search,
): Locale | undefined {
  const lang = new URLSearchParams(search).get('lang');
  return isLocale(lang) ? lang : undefined;
}

const SHELF_LOCALE_KEY = 'livsbog:shelf-locale';

/** The shelf's language before any book is open; not personal, so localStorage is fine. */
export function shelfLocale(): Locale {
  const forced = forcedLocale();
  if (forced) return forced;
  try {
    const stored = localStorage.getItem(SHELF_LOCALE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // storage may be blocked; Danish is the default
  }
  return 'da';
}

export function rememberShelfLocale(locale: Locale): void {
  try {
    localStorage.setItem(SHELF_LOCALE_KEY, locale);
  } catch {
    // not remembering the language is harmless
  }
}

export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'da',
    supportedLngs: [...SUPPORTED_LOCALES],
    resources: { da: { translation: da }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnObjects: true,
    initAsync: false,
  });
  return instance;
}

/** Applies a language to the document: `lang` for screen readers, `dir` for right-to-left. */
export function applyDocumentLocale(locale: string): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
}

export function dateFnsLocale(locale: string): DateFnsLocale {
  return locale === 'en' ? enGB : daLocale;
}
export { type Resources } from './locales/da';
export { packImportDa } from './locales/areas/pack-import.da';
export { packDa } from './locales/areas/pack.da';
export { peopleDa } from './locales/areas/people.da';
export { peopleEn } from './locales/areas/people.en';
export { da } from './locales/da';
export { en } from './locales/en';
export { createDocumentI18n } from './document-i18n';
