import { useTranslation } from 'react-i18next';

import { LabelledSection } from '@/components';

/** What the family tree's lines mean. */
export function GenogramLegend() {
  const { t } = useTranslation();
  return (
    <LabelledSection title={t('people.genogram.legendTitle')} className="geno-legend">
      <ul className="plain-list">
        <li>{t('people.genogram.legendPartner')}</li>
        <li>{t('people.genogram.legendChildren')}</li>
        <li>{t('people.genogram.legendBracket')}</li>
        <li>{t('people.genogram.legendStep')}</li>
      </ul>
    </LabelledSection>
  );
}
