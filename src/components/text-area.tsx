import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

import { countIfNearlyFull, maxUnits } from '@/domain';

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /**
   * The field's limit in characters (domain/limits.ts). A counter shows once the text is nearly
   * full, and `maxLength` is the hard cap rather than the limit: a paste that is too long stays
   * whole and gets a message, instead of being cut off without a word.
   */
  limit?: number;
}

/** A labelled text area whose hint, counter and error are tied to it for screen readers. */
export function TextArea({ label, hint, error, limit, className, ...rest }: TextAreaProps) {
  const { t } = useTranslation();
  const id = useId();
  const value = typeof rest.value === 'string' ? rest.value : '';
  const count = limit === undefined ? undefined : countIfNearlyFull(value, limit);
  const hintId = hint ? `${id}-hint` : undefined;
  const countId = count === undefined ? undefined : `${id}-count`;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, countId, errorId].filter(Boolean).join(' ') || undefined}
        {...(limit === undefined ? {} : { maxLength: maxUnits(limit) })}
        {...rest}
      />
      {count !== undefined && limit !== undefined ? (
        <p id={countId} className="field-hint field-count">
          {t('limits.count', { count, max: limit })}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
