import { useTranslation } from 'react-i18next';

import { selectForExport, type ExportChoices, type LeftOut } from '@/pack';
import type { BookContent } from '@/db';
import { LabelledSection, useByteText } from '@/components';

import { BookCounts } from './book-counts';

export interface ExportReviewProps {
  content: BookContent;
  leftOut: LeftOut;
  choices: ExportChoices;
  onChange: (choices: ExportChoices) => void;
  disabled: boolean;
}

interface Offer {
  key: keyof ExportChoices;
  count: number;
  label: string;
  hint: string;
}

/** What goes in (counts per kind) and what stays out unless chosen, each with its own box. */
export function ExportReview({ content, leftOut, choices, onChange, disabled }: ExportReviewProps) {
  const { t } = useTranslation();
  const bytes = useByteText();
  const { data } = selectForExport(content, choices);
  const photoBytes = data.photos.reduce((sum, p) => sum + p.byteLength, 0);
  const offers: Offer[] = [
    {
      key: 'includeOnlyMe' as const,
      count: leftOut.onlyMe,
      label: t('pack.review.onlyMe', { count: leftOut.onlyMe }),
      hint: t('pack.review.onlyMeHint'),
    },
    {
      key: 'includeProtectedPlaces' as const,
      count: leftOut.protectedPlaces,
      label: t('pack.review.protected', { count: leftOut.protectedPlaces }),
      hint: t('pack.review.protectedHint'),
    },
    {
      key: 'includeHiddenPhotos' as const,
      count: leftOut.hiddenPhotos,
      label: t('pack.review.hidden', { count: leftOut.hiddenPhotos }),
      hint: t('pack.review.hiddenHint'),
    },
  ].filter((o) => o.count > 0);

  return (
    <LabelledSection title={t('pack.review.heading')} className="pack-review">
      <BookCounts data={data} className="pack-counts" />
      <p>{t('pack.review.size', { size: bytes(photoBytes) })}</p>
      {offers.length === 0 ? (
        <p>{t('pack.review.nothingLeftOut')}</p>
      ) : (
        <fieldset className="pack-offers" disabled={disabled}>
          <legend>{t('pack.review.leftOutHeading')}</legend>
          {offers.map((o) => (
            <div key={o.key} className="check-row">
              <input
                type="checkbox"
                id={`offer-${o.key}`}
                aria-describedby={`offer-${o.key}-hint`}
                checked={choices[o.key]}
                onChange={(e) => {
                  onChange({ ...choices, [o.key]: e.target.checked });
                }}
              />
              <label htmlFor={`offer-${o.key}`}>{o.label}</label>
              <p id={`offer-${o.key}-hint`} className="hint">
                {o.hint}
              </p>
            </div>
          ))}
        </fieldset>
      )}
    </LabelledSection>
  );
}
