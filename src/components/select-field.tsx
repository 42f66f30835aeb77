import { useId, type ReactNode } from 'react';

import { FieldFrame } from './field-frame';
import { OptionSelect, type OptionSelectProps } from './option-select';

export interface SelectFieldProps extends Omit<OptionSelectProps, 'id'> {
  label: ReactNode;
  /** The field's own class, next to `field` (the select itself takes none). */
  className?: string;
}

/** A labelled select, laid out as every other field. */
export function SelectField({ label, className, ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} className={className}>
      <OptionSelect id={id} {...select} />
    </FieldFrame>
  );
}
