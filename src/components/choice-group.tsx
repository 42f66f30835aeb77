import { useId, type ReactNode } from 'react';

import { useLongPress } from './secret/use-long-press';

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
  /** A long press on a tile (read its name aloud); that press does not also choose it. */
  onHold?: (choice: Choice<T>) => void;
}

/** Big picture tiles backed by native radio buttons, so arrow keys and screen readers just work. */
export function ChoiceGroup<T extends string>({
  legend,
  choices,
  value,
  onChange,
  layout = 'tiles',
  onHold,
}: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset className={`choices choices-${layout}`}>
      <legend>{legend}</legend>
      <div className="choices-items">
        {choices.map((c) => (
          <ChoiceTile
            key={c.value}
            choice={c}
            name={name}
            checked={value === c.value}
            onChange={onChange}
            onHold={onHold}
          />
        ))}
      </div>
    </fieldset>
  );
}

function ChoiceTile<T extends string>({
  choice: c,
  name,
  checked,
  onChange,
  onHold,
}: {
  choice: Choice<T>;
  name: string;
  checked: boolean;
  onChange: (value: T) => void;
  onHold: ((choice: Choice<T>) => void) | undefined;
}) {
  const press = useLongPress(() => onHold?.(c));
  return (
    <label
      className={['choice', c.className].filter(Boolean).join(' ')}
      {...(onHold
        ? {
            ...press.handlers,
            onClick: (e) => {
              // The click that ends a long press only reads the name: it does not choose.
              if (press.consumeLongPress()) e.preventDefault();
            },
          }
        : {})}
    >
      <input
        type="radio"
        name={name}
        value={c.value}
        checked={checked}
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
  );
}
