import { useId } from 'react';
import { useTranslation } from 'react-i18next';

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
  const id = useId();
  const options = subKindsOf(kind);
  if (options.length === 0) return null;
  const labels = t('timeline.subKinds', { returnObjects: true }) as Record<string, string>;
  const unknown = value !== '' && !options.includes(value);
  return (
    <div className="field">
      <label htmlFor={id}>{t('timeline.editor.subKind')}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        <option value="">{t('timeline.editor.subKindNone')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {labels[o] ?? o}
          </option>
        ))}
        {unknown ? <option value={value}>{value}</option> : null}
      </select>
    </div>
  );
}
