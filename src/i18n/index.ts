// Only re-exports: the start page's chunk holds the modules it uses, and nothing a re-export
// passes through (a module with code of its own here would pull every re-exported one along).
export {
  SUPPORTED_LOCALES,
  applyDocumentLocale,
  createAppI18n,
  forcedLocale,
  hasLocale,
  isLocale,
  loadAllWords,
  loadLocale,
  rememberShelfLocale,
  shelfLocale,
} from './setup';
export { type Resources } from './locales/da';
export { dateFnsLocale } from './date-fns-locale';
export { packImportDa } from './locales/areas/pack-import.da';
export { packDa } from './locales/areas/pack.da';
export { peopleDa } from './locales/areas/people.da';
export { peopleEn } from './locales/areas/people.en';
export { da } from './locales/da';
export { en } from './locales/en';
export { createDocumentI18n, translator } from './document-i18n';
export { createI18n } from './create-i18n';
