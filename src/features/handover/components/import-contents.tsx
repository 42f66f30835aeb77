import { format, isValid } from 'date-fns';
import { useTranslation } from 'react-i18next';

import type { BundleContents } from '@/bundle';
import { dateFnsLocale } from '@/i18n';

import { BookCounts } from './book-counts';
import { RefusedPhotos } from './refused-photos';

/** What a checked pack holds, and what the person who made it chose to leave out. */
export function ImportContents({
  contents,
  fileName,
}: {
  contents: BundleContents;
  fileName: string;
}) {
  const { t, i18n } = useTranslation();
  const { data, report } = contents;
  const exported = new Date(report.exportedAt);
  const { leftOut } = report;
  const leftOutLines = [
    leftOut.onlyMe > 0 ? t('handoverImport.contents.onlyMe', { count: leftOut.onlyMe }) : null,
    leftOut.onlyMePhotos > 0
      ? t('handoverImport.contents.onlyMePhotos', { count: leftOut.onlyMePhotos })
      : null,
    leftOut.protectedPlaces > 0
      ? t('handoverImport.contents.protectedPlaces', { count: leftOut.protectedPlaces })
      : null,
    leftOut.hiddenPhotos > 0
      ? t('handoverImport.contents.hiddenPhotos', { count: leftOut.hiddenPhotos })
      : null,
  ].filter((line) => line !== null);

  return (
    <div className="bundle-contents">
      <p className="bundle-book">
        <span className="bundle-book-emoji" aria-hidden="true">
          {data.book.cover.emoji}
        </span>
        <span>{t('handoverImport.contents.book', { name: data.book.cover.nickname })}</span>
      </p>
      {isValid(exported) ? (
        <p>
          {t('handoverImport.contents.exported', {
            date: format(exported, 'PPP', { locale: dateFnsLocale(i18n.language) }),
          })}
        </p>
      ) : null}
      <p className="field-hint">{t('handoverImport.contents.file', { name: fileName })}</p>
      <BookCounts data={data} className="bundle-counts" />
      <RefusedPhotos photos={report.refusedPhotos} />
      <h3>{t('handoverImport.contents.leftOutHeading')}</h3>
      {leftOutLines.length === 0 ? (
        <p>{t('handoverImport.contents.leftOutNone')}</p>
      ) : (
        <ul>
          {leftOutLines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
