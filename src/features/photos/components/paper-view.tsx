import { useTranslation } from 'react-i18next';

import { Button, NavIcon, Notice } from '@/components';
import { hasThumb, type Photo } from '@/domain';
import { usePhotoPicture } from '@/hooks';
import { useOpenPaper } from '../hooks/use-open-paper';

import { DialogPicture } from './dialog-picture';

/**
 * A paper: a scan shows large like a photo; a PDF shows its first page (or the paper picture),
 * what it is, who gave it and how many pages, and "Open" hands the device the file.
 */
export function PaperView({ paper, label }: { paper: Photo; label: string }) {
  const { t } = useTranslation();
  const isPdf = paper.mime === 'application/pdf';
  const { url } = usePhotoPicture(isPdf && hasThumb(paper) ? paper : undefined, 'thumb');
  const { open, busy, error } = useOpenPaper(paper);
  if (!isPdf) return <DialogPicture photo={paper} label={label} />;
  return (
    <div className="paper-view">
      {url ? (
        <img src={url} alt={label} />
      ) : (
        <span className="gallery-placeholder gallery-icon-tile" role="img" aria-label={label}>
          <NavIcon name="paper" />
        </span>
      )}
      <dl className="paper-facts">
        {paper.givenBy ? (
          <>
            <dt>{t('gallery.details.givenBy')}</dt>
            <dd>{paper.givenBy}</dd>
          </>
        ) : null}
        {paper.pageCount !== undefined ? (
          <>
            <dt>{t('gallery.details.pages')}</dt>
            <dd>{paper.pageCount}</dd>
          </>
        ) : null}
      </dl>
      <Button
        busy={busy}
        onClick={() => {
          void open();
        }}
      >
        {busy ? t('gallery.paper.opening') : t('gallery.paper.open')}
      </Button>
      <p className="field-hint">{t('gallery.paper.openHint')}</p>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
