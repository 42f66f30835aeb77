import { useTranslation } from 'react-i18next';

/** The photos area of an open book. (Scaffold: replaced by the real area.) */
export function PhotosArea() {
  const { t } = useTranslation();
  return <h1>{t('photos.title')}</h1>;
}
