import { OptionSelect, type SelectOption } from '@/components';

export interface DatePartFieldProps {
  id: string;
  label: string;
  value: string;
  invalid: boolean | undefined;
  onChange: (value: string) => void;
  /** A list to choose from; without it, a short number field `size` characters wide. */
  options?: readonly SelectOption[];
  /** The empty choice at the top of a list ("Choose"). */
  placeholder?: string;
  size?: number;
}

/** One part of a date (year, season, month, day, age) with its label, on one line. */
export function DatePartField({
  id,
  label,
  value,
  invalid,
  onChange,
  options,
  placeholder,
  size = 6,
}: DatePartFieldProps) {
  return (
    <div className="field-inline">
      <label htmlFor={id}>{label}</label>
      {options ? (
        <OptionSelect
          id={id}
          value={value}
          aria-invalid={invalid}
          onChange={onChange}
          empty={placeholder ?? ''}
          options={options}
        />
      ) : (
        <input
          id={id}
          inputMode="numeric"
          autoComplete="off"
          size={size}
          maxLength={size}
          value={value}
          aria-invalid={invalid}
          onChange={(e) => {
            onChange(e.target.value);
          }}
        />
      )}
    </div>
  );
}
