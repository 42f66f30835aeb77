import { useId, type ReactNode } from 'react';

export interface DrawingRadioOption<T extends string> {
  value: T;
  /** The option's name, said by a screen reader and shown on hover. */
  label: string;
  picture: ReactNode;
}

export interface DrawingRadiosProps<T extends string> {
  legend: string;
  options: readonly DrawingRadioOption<T>[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
}

/**
 * A row of picture buttons (a colour, a brush's thickness, a tool) backed by native radio
 * buttons: one tab stop for the group, arrow keys to move, and each picture named for screen
 * readers. The words stay out of sight; the pictures say it.
 */
export function DrawingRadios<T extends string>({
  legend,
  options,
  value,
  onChange,
  className,
}: DrawingRadiosProps<T>) {
  const name = useId();
  return (
    <fieldset className={['drawing-radios', className].filter(Boolean).join(' ')}>
      <legend className="visually-hidden">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="drawing-radio" title={o.label}>
          <input
            type="radio"
            className="drawing-radio-input"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => {
              onChange(o.value);
            }}
          />
          <span className="drawing-radio-picture" aria-hidden="true">
            {o.picture}
          </span>
          <span className="visually-hidden">{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
