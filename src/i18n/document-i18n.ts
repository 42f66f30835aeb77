import i18next, { type i18n, type Resource } from 'i18next';

import type { Translate } from '@/domain';

import { da } from './locales/da';
import { en } from './locales/en';

/**
 * An i18next instance with the app's own resources and no React, for the exported book's
 * documents (the export worker, and tests in Node). Both languages are loaded: LÆS MIG is
 * written in Danish and English. `resources` lets a test change a string and see the PDF follow.
 */
export function createDocumentI18n(
  resources: Resource = { da: { translation: da }, en: { translation: en } },
): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'da',
    fallbackLng: 'da',
    supportedLngs: ['da', 'en'],
    resources,
    interpolation: { escapeValue: false },
    returnObjects: true,
    initAsync: false,
  });
  return instance;
}

/**
 * i18next's `t` fixed to one language, as the domain's `Translate`. The date and period keys are built at run time (`date.age` with a context), which
 * i18next's typed keys cannot follow.
 */
export function translator(instance: i18n, locale: string): Translate {
  return instance.getFixedT(locale) as unknown as Translate;
}
