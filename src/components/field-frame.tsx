import type { ReactNode } from 'react';

export interface FieldFrameProps {
  /** The control's id; the hint and the error take ids made from it. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  className?: string | undefined;
  /** The control itself, then whatever follows it before the error (a counter). */
  children: ReactNode;
}

/** The ids a control's `aria-describedby` lists: its hint, what else is given, its error. */
export function describedBy(
  id: string,
  { hint, error, extra }: { hint?: ReactNode; error?: ReactNode; extra?: string | undefined },
): string | undefined {
  return (
    [hint ? `${id}-hint` : '', extra ?? '', error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
    undefined
  );
}

/**
 * What every labelled field shares: the label, a hint above the control and an error below it,
 * with ids the control ties to itself for screen readers (`describedBy`).
 */
export function FieldFrame({ id, label, hint, error, className, children }: FieldFrameProps) {
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
