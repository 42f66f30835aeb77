import { useTranslation } from 'react-i18next';

import { SelectField } from '@/components';
import type { EntryKind } from '@/domain';
import { subKindsOf } from '../lib/kinds';

export interface SubKindFieldProps {
  kind: EntryKind;
  value: string;
  onChange: (value: string) => void;
}

/** What kind of home or school. A value this version does not know is kept and shown as is. */
export function SubKindField({ kind, value, onChange }: SubKindFieldProps) {
  const { t } = useTranslation();
  const options = subKindsOf(kind);
  if (options.length === 0) return null;
  const labels = t('timeline.subKinds', { returnObjects: true }) as Record<string, string>;
  const unknown = value !== '' && !options.includes(value);
  return (
    <SelectField
      label={t('timeline.editor.subKind')}
      value={value}
      onChange={onChange}
      empty={t('timeline.editor.subKindNone')}
      options={[
        ...options.map((o) => ({ value: o, label: labels[o] ?? o })),
        ...(unknown ? [{ value, label: value }] : []),
      ]}
    />
  );
}
