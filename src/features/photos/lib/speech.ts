import type { Locale } from '../../../domain/types';

/** BCP 47 tags for speech: the region picks a Danish or British voice where there is one. */
export function speechLang(locale: Locale): string {
  return locale === 'da' ? 'da-DK' : 'en-GB';
}
