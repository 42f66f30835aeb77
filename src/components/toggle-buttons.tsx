import type { ReactNode } from 'react';

/** A control's value and what it reports when the user changes it. */
export interface ValueProps<T> {
  value: T;
  onChange: (value: T) => void;
}

/** One option pressed at a time (`value`), or each that `isPressed` says, several at once. */
type Pressed<T extends string> =
  ValueProps<T> | { isPressed: (option: T) => boolean; onChange: (option: T) => void };

export type ToggleButtonsProps<T extends string> = Pressed<T> & {
  /** The group's name, which a screen reader says on entering it. */
  label: string;
  className: string;
  buttonClassName: string;
  options: readonly T[];
  /** What an option's button shows. */
  children: (option: T) => ReactNode;
  /** A button's own language, where it names itself in it (the language switch). */
  langOf?: (option: T) => string;
};

/**
 * A group of buttons that show pressed (`aria-pressed`): a press acts at once, where radio
 * buttons would wait to be chosen, and a screen reader still says which are on.
 */
export function ToggleButtons<T extends string>(props: ToggleButtonsProps<T>) {
  const { label, className, buttonClassName, options, children, langOf, onChange } = props;
  const isPressed = 'isPressed' in props ? props.isPressed : (option: T) => option === props.value;
  return (
    <div className={className} role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          lang={langOf?.(option)}
          className={buttonClassName}
          aria-pressed={isPressed(option)}
          onClick={() => {
            onChange(option);
          }}
        >
          {children(option)}
        </button>
      ))}
    </div>
  );
}
