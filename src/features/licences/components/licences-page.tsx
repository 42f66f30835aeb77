import '../licences.css';

import { useTranslation } from 'react-i18next';

import { LabelledSection } from '@/components';

import ownLicence from '../../../../LICENSE?raw';
import { useNotices } from '../hooks/use-notices';
import { webAddress, type Notices } from '../lib/notices';

import { NoticeItem } from './notice-item';

const vendor = `${import.meta.env.BASE_URL}vendor/libheif/`;

export interface LicencesPageProps {
  /** Where the generated list comes from; the build's `licences.json` unless a test says. */
  load?: () => Promise<Notices>;
}

/**
 * Livsbog's own licence, the LGPL note for libheif-js (shipped as its own replaceable file) and
 * every third-party package the build bundled, with its licence text behind a disclosure.
 */
export function LicencesPage({ load }: LicencesPageProps) {
  const { t } = useTranslation();
  const { result, retry } = useNotices(load);
  return (
    <article className="licences">
      <h1>{t('licences.title')}</h1>
      <p>{t('licences.intro')}</p>

      <LabelledSection title={t('licences.ownTitle')}>
        <p>{t('licences.ownText')}</p>
        <pre className="licence-text">{ownLicence}</pre>
      </LabelledSection>

      <LabelledSection title={t('licences.lgplTitle')}>
        <p>{t('licences.lgplText')}</p>
        <ul>
          <li>
            <a href={`${vendor}libheif.js`}>{t('licences.lgplFile', { file: 'libheif.js' })}</a>
          </li>
          <li>
            <a href={`${vendor}COPYING.txt`}>{t('licences.lgplCopying')}</a>
          </li>
          <li>
            <a href={`${vendor}README.txt`}>{t('licences.lgplReadme')}</a>
          </li>
        </ul>
      </LabelledSection>

      <LabelledSection title={t('licences.listTitle')} aria-busy={result.state === 'loading'}>
        {result.state === 'loading' ? (
          <p role="status">{t('licences.loading')}</p>
        ) : result.state === 'failed' ? (
          <div role="alert">
            <p>{result.reason === 'damaged' ? t('licences.badList') : t('licences.loadFailed')}</p>
            <button type="button" className="btn btn-secondary" onClick={retry}>
              {t('licences.retry')}
            </button>
          </div>
        ) : (
          <>
            <p>{t('licences.listIntro', { count: result.notices.packages.length })}</p>
            <ul className="plain-list licence-list">
              {result.notices.packages.map((p) => (
                <NoticeItem
                  key={`${p.name}@${p.version}`}
                  pkg={p}
                  source={webAddress(p.repository)}
                />
              ))}
            </ul>
          </>
        )}
      </LabelledSection>
    </article>
  );
}
