import { useTranslation } from 'react-i18next';

/**
 * The way back to the list of people, from the pages under it: a person, the map, the family
 * tree, and one that is not there.
 */
export function useBackToPeople(bookId: string): { to: string; label: string } {
  const { t } = useTranslation();
  return { to: `/book/${bookId}/people`, label: t('people.person.back') };
}
