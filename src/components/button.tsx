import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'quiet' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  busy?: boolean;
}

/** A button at least 44 px tall; `busy` keeps it focusable but announces that work is going on. */
export function Button({
  variant = 'primary',
  busy = false,
  className,
  type,
  disabled,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type ?? 'button'}
      className={['btn', `btn-${variant}`, className].filter(Boolean).join(' ')}
      aria-busy={busy || undefined}
      disabled={disabled ?? busy}
      {...rest}
    />
  );
}
