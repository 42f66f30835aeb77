import { useId, type ReactNode } from 'react';

export interface CheckFieldProps {
  label: ReactNode;
  /** Said under the box and tied to it, so a screen reader reads it with the box. */
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A labelled checkbox with a big target (`.check`), and its hint if it has one. */
export function CheckField({ label, hint, checked, onChange }: CheckFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <>
      <label className="check">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={hintId}
          onChange={(e) => {
            onChange(e.target.checked);
          }}
        />
        <span>{label}</span>
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </>
  );
}
