import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import { Notice } from '@/components';
import { useByteText } from '@/components';
import { trackObjectUrl } from '@/db';
import type { ExportResult } from '@/workers/pack-protocol';
import { canShareFiles, shareFiles } from '../lib/share-file';

type PdfResult = Extract<ExportResult, { kind: 'pdf' }>;

/** The finished PDF (or its parts): save each, see how they group into messages, or share. */
export function PdfFiles({ bookId, result }: { bookId: string; result: PdfResult }) {
  const { t } = useTranslation();
  const bytes = useByteText();
  const [shareFailed, setShareFailed] = useState(false);
  const files = useMemo(
    () =>
      result.files.map((f) => ({
        ...f,
        url: trackObjectUrl(bookId, f.blob),
        file: new File([f.blob], f.name, { type: 'application/pdf' }),
      })),
    [bookId, result],
  );
  const shareable = files.map((f) => f.file);
  const canShare = canShareFiles(shareable);
  const names = new Map(files.map((f, i) => [i + 1, f.name]));

  return (
    <div className="pack-result">
      <Notice tone="success">
        <p>{t('pack.pdf.ready', { count: files.length })}</p>
        {files.length > 1 ? (
          <p>{t('pack.pdf.messages', { count: result.messages.length })}</p>
        ) : null}
      </Notice>
      <ul className="pdf-files">
        {files.map((f) => (
          <li key={f.name}>
            <a href={f.url} download={f.name} className="pdf-file-link">
              {t('pack.pdf.save', { name: f.name })}
            </a>
            <span className="hint">
              {' '}
              {t('pack.pdf.part', {
                name: f.name,
                first: f.firstPage,
                last: f.lastPage,
                size: bytes(f.blob.size),
              })}
            </span>
            {f.oversize ? <p className="hint">{t('pack.pdf.oversize')}</p> : null}
          </li>
        ))}
      </ul>
      {result.messages.length > 1 ? (
        <ul className="pdf-messages">
          {result.messages.map((m, i) => (
            <li key={m.parts.join('-')}>
              {t('pack.pdf.message', {
                index: i + 1,
                parts: m.parts.map((p) => names.get(p) ?? String(p)).join(', '),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {canShare ? (
        <>
          <Button
            variant="secondary"
            onClick={() => {
              void shareFiles(shareable, t('pack.pdf.heading')).then((ok) => {
                setShareFailed(!ok);
              });
            }}
          >
            {t('pack.pdf.share')}
          </Button>
          <p className="hint">{t('pack.pdf.shareHint')}</p>
        </>
      ) : null}
      {shareFailed ? <Notice tone="error">{t('pack.pdf.shareFailed')}</Notice> : null}
    </div>
  );
}
