import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { LOCALES, type Locale } from '@/domain';

import { startDa } from './locales/start';

export const SUPPORTED_LOCALES: readonly Locale[] = LOCALES;
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

export function initI18n(locale: Locale, resources: Resource): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'da',
    supportedLngs: [...SUPPORTED_LOCALES],
    resources,
    interpolation: { escapeValue: false },
    returnObjects: true,
    initAsync: false,
  });
  return instance;
}

/**
 * The app's words come in two parts, so the start page loads only what it shows. Danish, the
 * source and the fallback, has its start words (locales/start.ts) in the first load and the
 * rest in a chunk of its own, fetched with the first other page; English is one chunk, fetched
 * when it is chosen. Every chunk is precached, so this works offline after the first visit.
 */
type Part = 'start' | 'all';

/** What the app's instance holds per language; instances made otherwise hold everything. */
const held = new WeakMap<i18n, Map<Locale, Part>>();
let appInstance: i18n | undefined;
/** Set once a page beyond the start page was asked for: from then on a language comes whole. */
let allWanted = false;

async function wordsFor(locale: Locale, part: Part): Promise<Record<string, unknown>> {
  if (locale === 'en') return (await import('./locales/en')).en;
  return part === 'start' ? startDa : (await import('./locales/da')).da;
}

function partNeeded(locale: Locale): Part {
  return allWanted || locale !== 'da' ? 'all' : 'start';
}

/**
 * The app's instance, with only the words the first screen needs: Danish start words, or all of
 * English when the visit is in English (fetched before the first render, so nothing flashes).
 */
export async function createAppI18n(locale: Locale): Promise<i18n> {
  const part = partNeeded(locale);
  const resources: Resource = { da: { translation: startDa } };
  if (locale !== 'da') resources[locale] = { translation: await wordsFor(locale, part) };
  const instance = initI18n(locale, resources);
  held.set(
    instance,
    new Map<Locale, Part>([['da', 'start'], ...(locale !== 'da' ? [[locale, part] as const] : [])]),
  );
  appInstance = instance;
  return instance;
}

/** Whether the instance holds a language's words for what is on screen (switching is instant). */
export function hasLocale(instance: i18n, locale: Locale): boolean {
  const parts = held.get(instance);
  if (!parts) return true;
  const part = parts.get(locale);
  return part === 'all' || (part === 'start' && partNeeded(locale) === 'start');
}

/** Adds a language's words to the instance if it does not hold them yet. */
export async function loadLocale(instance: i18n, locale: Locale): Promise<void> {
  if (hasLocale(instance, locale)) return;
  const part = partNeeded(locale);
  const words = await wordsFor(locale, part);
  instance.addResourceBundle(locale, 'translation', words, true, true);
  held.get(instance)?.set(locale, part);
}

/**
 * Every word of the language on screen: every page but the start page waits for this beside its
 * own chunk (app/lazy-routes.ts), so no page ever shows a key instead of a word.
 */
export async function loadAllWords(): Promise<void> {
  allWanted = true;
  const instance = appInstance;
  if (!instance) return;
  const locale = isLocale(instance.language) ? instance.language : 'da';
  await loadLocale(instance, locale);
}

/** Applies a language to the document: `lang` for screen readers, `dir` for right-to-left. */
export function applyDocumentLocale(locale: string): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
}
