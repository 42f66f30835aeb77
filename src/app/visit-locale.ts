import type { Locale } from '@/domain';
import { forcedLocale, isLocale } from '@/i18n';

const KEY = 'livsbog:visit-locale';

/**
 * `?lang=` chooses a language for the visit: it lasts for this tab (sessionStorage), so going back
 * to the shelf, a reload or an update's reload keep it although the address no longer has it.
 * Holds only the language code.
 */
export function visitLocale(): Locale | undefined {
  const forced = forcedLocale();
  try {
    if (forced !== undefined) {
      sessionStorage.setItem(KEY, forced);
      return forced;
    }
    const kept = sessionStorage.getItem(KEY);
    return isLocale(kept) ? kept : undefined;
  } catch {
    // storage may be blocked: the visit's language then lasts until a reload
    return forced;
  }
}

/** The shelf's own switch (or the wizard's choice) ends the visit's language. */
export function endVisitLocale(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing was kept
  }
}
