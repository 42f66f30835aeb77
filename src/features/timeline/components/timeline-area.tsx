import { useTranslation } from 'react-i18next';

/** The timeline area of an open book. (Scaffold: replaced by the real area.) */
export function TimelineArea() {
  const { t } = useTranslation();
  return <h1>{t('timeline.title')}</h1>;
}
