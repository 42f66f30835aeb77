import { useTranslation } from 'react-i18next';

import { TextList } from '@/components';

/** What the lock protects and what it does not, in plain words a child can follow. */
export function AboutLockPage({ headingLevel = 1 }: { headingLevel?: 1 | 2 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const Sub = headingLevel === 1 ? 'h2' : 'h3';
  return (
    <article className="about-lock">
      <Heading>{t('aboutLock.title')}</Heading>
      <Sub>{t('aboutLock.protects')}</Sub>
      <TextList
        className="plain-list yes-list"
        items={t('aboutLock.protectsItems', { returnObjects: true })}
      />
      <Sub>{t('aboutLock.notProtects')}</Sub>
      <TextList
        className="plain-list no-list"
        items={t('aboutLock.notProtectsItems', { returnObjects: true })}
      />
      <p>{t('aboutLock.sealedLetters')}</p>
      <p>{t('aboutLock.backup')}</p>
    </article>
  );
}
