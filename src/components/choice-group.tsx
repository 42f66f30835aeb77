import { useId, type ReactNode } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
  picture?: ReactNode;
  className?: string;
}

export interface ChoiceGroupProps<T extends string> {
  legend: ReactNode;
  choices: readonly Choice<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  layout?: 'tiles' | 'list';
}

/** Big picture tiles backed by native radio buttons, so arrow keys and screen readers just work. */
export function ChoiceGroup<T extends string>({
  legend,
  choices,
  value,
  onChange,
  layout = 'tiles',
}: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset className={`choices choices-${layout}`}>
      <legend>{legend}</legend>
      <div className="choices-items">
        {choices.map((c) => (
          <label key={c.value} className={['choice', c.className].filter(Boolean).join(' ')}>
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={value === c.value}
              onChange={() => {
                onChange(c.value);
              }}
            />
            {c.picture ? (
              <span className="choice-picture" aria-hidden="true">
                {c.picture}
              </span>
            ) : null}
            <span className="choice-label">{c.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
