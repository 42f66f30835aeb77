import { useTranslation } from 'react-i18next';

/** The people area of an open book. (Scaffold: replaced by the real area.) */
export function PeopleArea() {
  const { t } = useTranslation();
  return <h1>{t('people.title')}</h1>;
}
