import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Notice } from '@/components';
import type { ImportTargetBook } from '../hooks/use-import-targets';

/** A book chosen to merge into is locked: say so, with the way to open it first. */
export function LockedTargetNotice({ target }: { target: ImportTargetBook }) {
  const { t } = useTranslation();
  return (
    <Notice tone="warning">
      <p>{t('packImport.target.locked', { name: target.cover.nickname })}</p>
      <Link to={`/book/${target.id}`} className="btn btn-secondary">
        {t('packImport.target.openLocked', { name: target.cover.nickname })}
      </Link>
    </Notice>
  );
}
