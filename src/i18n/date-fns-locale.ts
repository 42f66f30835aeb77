import { da as daLocale, enGB } from 'date-fns/locale';
import type { Locale as DateFnsLocale } from 'date-fns';

/**
 * date-fns's words for a language. A module of its own: only pages that format dates use it, so
 * the locales stay out of the start page's chunk.
 */
export function dateFnsLocale(locale: string): DateFnsLocale {
  return locale === 'en' ? enGB : daLocale;
}
