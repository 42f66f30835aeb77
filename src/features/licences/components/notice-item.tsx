import { useTranslation } from 'react-i18next';

import type { NoticePackage } from '../lib/notices';

/** One package of the notices: name, version, licence, source, and its licence text folded. */
export function NoticeItem({ pkg, source }: { pkg: NoticePackage; source: string | undefined }) {
  const { t } = useTranslation();
  const heading = `${pkg.name} ${pkg.version}`;
  return (
    <li>
      <h3>{heading}</h3>
      <p>{t('licences.licence', { licence: pkg.license })}</p>
      {pkg.author ? <p>{pkg.author}</p> : null}
      {source ? (
        <p>
          <a href={source} rel="noreferrer" target="_blank">
            {t('licences.source', { url: source })}
          </a>
        </p>
      ) : null}
      {pkg.shippedAs ? (
        <p>
          <a href={`${import.meta.env.BASE_URL}${pkg.shippedAs}`}>
            {t('licences.shippedAs', { file: pkg.shippedAs })}
          </a>
        </p>
      ) : null}
      {pkg.licenseText ? (
        <details>
          <summary>{t('licences.showText', { name: pkg.name })}</summary>
          <pre className="licence-text">
            {pkg.licenseText}
            {pkg.noticeText ? `\n\n${pkg.noticeText}` : null}
          </pre>
        </details>
      ) : (
        <p>{t('licences.noText', { licence: pkg.license })}</p>
      )}
    </li>
  );
}
