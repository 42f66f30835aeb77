import { format, isValid } from 'date-fns';
import { useTranslation } from 'react-i18next';

import { TextList } from '@/components';
import type { PackContents } from '@/pack';
import { dateFnsLocale } from '@/i18n';

import { BookCounts } from './book-counts';
import { RefusedPhotos } from './refused-photos';

/** What a checked pack holds, and what the person who made it chose to leave out. */
export function ImportContents({
  contents,
  fileName,
}: {
  contents: PackContents;
  fileName: string;
}) {
  const { t, i18n } = useTranslation();
  const { data, report } = contents;
  const exported = new Date(report.exportedAt);
  const { leftOut } = report;
  const leftOutLines = [
    leftOut.onlyMe > 0 ? t('packImport.contents.onlyMe', { count: leftOut.onlyMe }) : null,
    leftOut.onlyMePhotos > 0
      ? t('packImport.contents.onlyMePhotos', { count: leftOut.onlyMePhotos })
      : null,
    leftOut.protectedPlaces > 0
      ? t('packImport.contents.protectedPlaces', { count: leftOut.protectedPlaces })
      : null,
    leftOut.hiddenPhotos > 0
      ? t('packImport.contents.hiddenPhotos', { count: leftOut.hiddenPhotos })
      : null,
  ].filter((line) => line !== null);

  return (
    <div className="pack-contents">
      <p className="pack-book">
        <span className="pack-book-emoji" aria-hidden="true">
          {data.book.cover.emoji}
        </span>
        <span>{t('packImport.contents.book', { name: data.book.cover.nickname })}</span>
      </p>
      {isValid(exported) ? (
        <p>
          {t('packImport.contents.exported', {
            date: format(exported, 'PPP', { locale: dateFnsLocale(i18n.language) }),
          })}
        </p>
      ) : null}
      <p className="field-hint">{t('packImport.contents.file', { name: fileName })}</p>
      <BookCounts data={data} className="pack-counts" />
      <RefusedPhotos photos={report.refusedPhotos} />
      <h3>{t('packImport.contents.leftOutHeading')}</h3>
      {leftOutLines.length === 0 ? (
        <p>{t('packImport.contents.leftOutNone')}</p>
      ) : (
        <TextList items={leftOutLines} />
      )}
    </div>
  );
}
