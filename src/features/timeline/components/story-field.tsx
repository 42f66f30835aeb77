import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { countIfNearlyFull } from '@/domain';
import { maxUnits, TEXT_MAX } from '../lib/limits';

export interface StoryFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  rows: number;
}

/** The story: a roomy text area that says how much room is left once it is nearly full. */
export function StoryField({ label, hint, value, onChange, error, rows }: StoryFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  // Counted as the limit counts (characters a person sees), and only once nearly full.
  const count = countIfNearlyFull(value, TEXT_MAX);
  const nearlyFull = count !== undefined;
  const describedBy = [`${id}-hint`, nearlyFull ? `${id}-count` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field story-field">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <textarea
        id={id}
        rows={rows}
        value={value}
        maxLength={maxUnits(TEXT_MAX)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
      {nearlyFull ? (
        <p id={`${id}-count`} className="field-hint">
          {t('timeline.editor.textCount', { count, max: TEXT_MAX })}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
