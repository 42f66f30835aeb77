import type { i18n } from 'i18next';

import type { Locale } from '@/domain';

import { initI18n } from './setup';
import { da } from './locales/da';
import { en } from './locales/en';

/**
 * Both languages at once, synchronously: for tests, which switch freely. A module of its own,
 * so the app's first load (createAppI18n) does not bring English along.
 */
export function createI18n(locale: Locale): i18n {
  return initI18n(locale, { da: { translation: da }, en: { translation: en } });
}
