import { useId, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

import { countIfNearlyFull } from '@/domain';

import { describedBy, FieldFrame } from './field-frame';
import { controlAttributes, type TextControlProps } from './text-control';

export interface TextAreaProps
  extends
    Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange'>,
    TextControlProps<HTMLTextAreaElement> {}

/**
 * A labelled text area whose hint, counter and error are tied to it for screen readers. The
 * counter shows once the text is nearly full of its `limit`.
 */
export function TextArea({ label, hint, error, className, ...control }: TextAreaProps) {
  const { t } = useTranslation();
  const id = useId();
  const { limit } = control;
  const value = typeof control.value === 'string' ? control.value : '';
  const count = limit === undefined ? undefined : countIfNearlyFull(value, limit);
  const countId = count === undefined ? undefined : `${id}-count`;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <textarea
        id={id}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error, extra: countId })}
        {...controlAttributes(control)}
      />
      {count !== undefined && limit !== undefined ? (
        <p id={countId} className="field-hint field-count">
          {t('limits.count', { count, max: limit })}
        </p>
      ) : null}
    </FieldFrame>
  );
}
