import { useId, type InputHTMLAttributes } from 'react';

import { describedBy, FieldFrame } from './field-frame';
import { controlAttributes, type TextControlProps } from './text-control';

export interface TextFieldProps
  extends
    Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'>,
    TextControlProps<HTMLInputElement> {
  multiline?: false;
}

/** A labelled input whose hint and error are tied to it for screen readers (no counter). */
export function TextField({ label, hint, error, className, ...control }: TextFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
        {...controlAttributes(control)}
      />
    </FieldFrame>
  );
}
