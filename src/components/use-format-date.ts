import { format } from 'date-fns';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { dateFnsLocale } from '@/i18n';

/**
 * "3. marts 2025" / "3 March 2025" for an ISO time, in the book's language; with the time of day
 * when two things happened on the same day and must be told apart.
 */
export function useFormatDate(): (iso: string, withTime?: boolean) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useCallback(
    (iso: string, withTime = false) =>
      format(new Date(iso), withTime ? 'PPP p' : 'PPP', { locale: dateFnsLocale(lang) }),
    [lang],
  );
}
