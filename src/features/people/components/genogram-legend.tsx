import { useTranslation } from 'react-i18next';

/** What the family tree's lines mean. */
export function GenogramLegend() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="geno-legend-heading" className="geno-legend">
      <h2 id="geno-legend-heading">{t('people.genogram.legendTitle')}</h2>
      <ul className="plain-list">
        <li>{t('people.genogram.legendPartner')}</li>
        <li>{t('people.genogram.legendChildren')}</li>
        <li>{t('people.genogram.legendBracket')}</li>
        <li>{t('people.genogram.legendStep')}</li>
      </ul>
    </section>
  );
}
