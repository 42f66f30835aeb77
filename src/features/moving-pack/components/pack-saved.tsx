import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { Notice, useByteText } from '@/components';
import type { ExportResult } from '@/workers/pack-protocol';

export interface PackSavedProps {
  result: Exclude<ExportResult, { kind: 'pdf' }>;
  /** The link to download the pack again, when the browser downloaded it. */
  download: { url: string; name: string } | null;
  /** The first line, focused when the pack is done. */
  headingRef: Ref<HTMLParagraphElement>;
}

/** What was saved (name, size, photos that could not be read) and what to do next. */
export function PackSaved({ result, download, headingRef }: PackSavedProps) {
  const { t } = useTranslation();
  const bytes = useByteText();
  const { report } = result;
  return (
    <div className="pack-result">
      <Notice tone="success">
        <p ref={headingRef} tabIndex={-1}>
          {t(result.kind === 'saved' ? 'pack.zip.saved' : 'pack.zip.downloaded', {
            name: report.fileName,
            size: bytes(report.zipBytes),
          })}
        </p>
        {report.unreadablePhotos.length > 0 ? (
          <p>{t('pack.zip.unreadable', { count: report.unreadablePhotos.length })}</p>
        ) : null}
        <p>{t('pack.zip.next')}</p>
      </Notice>
      {download ? (
        <a className="btn btn-secondary" href={download.url} download={download.name}>
          {t('pack.zip.downloadAgain')}
        </a>
      ) : null}
    </div>
  );
}
