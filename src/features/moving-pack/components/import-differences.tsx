import { useTranslation } from 'react-i18next';

import { LabelledSection } from '@/components';
import { packImportDa } from '@/i18n';
import type { ImportSummary } from '../lib/merge-commit';

type FieldKey = Exclude<keyof typeof packImportDa.fields, 'other'>;

function isFieldKey(field: string): field is FieldKey {
  return field !== 'other' && Object.hasOwn(packImportDa.fields, field);
}

const KINDS = ['entries', 'people', 'photos', 'snapshots'] as const;

/**
 * Records the device and the pack hold differently, per kind, with the fields that differ in
 * plain words. The device's version was kept, so this only tells; nothing needs choosing.
 */
export function ImportDifferences({ differ }: { differ: ImportSummary['differ'] }) {
  const { t } = useTranslation();
  if (differ.length === 0) return null;
  const fieldWord = (field: string) =>
    isFieldKey(field) ? t(`packImport.fields.${field}`) : t('packImport.fields.other');
  const lines = KINDS.flatMap((kind) => {
    const ofKind = differ.filter((d) => d.kind === kind);
    if (ofKind.length === 0) return [];
    // Several fields share a word (width, height and size are all "size"): say each word once.
    const words = [...new Set(ofKind.flatMap((d) => d.fields.map(fieldWord)))];
    return [
      {
        kind,
        text: t('packImport.done.differLine', {
          what: t(`counts.${kind}`, { count: ofKind.length }),
          fields: words.join(', '),
        }),
      },
    ];
  });
  return (
    <LabelledSection title={t('packImport.done.differHeading')} level={3}>
      <p>{t('packImport.done.differExplain')}</p>
      <ul>
        {lines.map((line) => (
          <li key={line.kind}>{line.text}</li>
        ))}
      </ul>
    </LabelledSection>
  );
}
