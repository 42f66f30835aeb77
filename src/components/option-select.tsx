import type { ReactNode, SelectHTMLAttributes } from 'react';

export interface SelectOption {
  value: string;
  label: ReactNode;
}

export interface OptionSelectProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange'
> {
  value: string;
  /** The chosen option's value, as the select holds it (a caller checks it is one it knows). */
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** The empty choice on top ("All", "Choose", "Don't know"); without it there is none. */
  empty?: ReactNode;
}

/** A native select over a list of options, for where a list is long or a row is short of room. */
export function OptionSelect({ value, onChange, options, empty, ...rest }: OptionSelectProps) {
  return (
    <select
      {...rest}
      value={value}
      onChange={(e) => {
        onChange(e.target.value);
      }}
    >
      {empty === undefined ? null : <option value="">{empty}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
