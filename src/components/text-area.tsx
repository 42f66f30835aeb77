import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

import { countIfNearlyFull, maxUnits } from '@/domain';

import { describedBy, FieldFrame } from './field-frame';

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
  const countId = count === undefined ? undefined : `${id}-count`;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <textarea
        id={id}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error, extra: countId })}
        {...(limit === undefined ? {} : { maxLength: maxUnits(limit) })}
        {...rest}
      />
      {count !== undefined && limit !== undefined ? (
        <p id={countId} className="field-hint field-count">
          {t('limits.count', { count, max: limit })}
        </p>
      ) : null}
    </FieldFrame>
  );
}
