import type { ButtonHTMLAttributes, MouseEvent } from 'react';

type Variant = 'primary' | 'secondary' | 'quiet' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  busy?: boolean;
}

/**
 * A button at least 44 px tall. `busy` keeps it focusable (a disabled button would drop the focus
 * of whoever just pressed it) but marks it `aria-disabled` and ignores clicks, so work already
 * going on is not started twice, and a submit button does not submit its form again.
 */
export function Button({
  variant = 'primary',
  busy = false,
  className,
  type,
  onClick,
  ...rest
}: ButtonProps) {
  const click = (e: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      e.preventDefault();
      return;
    }
    onClick?.(e);
  };
  return (
    <button
      type={type ?? 'button'}
      className={['btn', `btn-${variant}`, className].filter(Boolean).join(' ')}
      aria-busy={busy || undefined}
      aria-disabled={busy || undefined}
      onClick={click}
      {...rest}
    />
  );
}
