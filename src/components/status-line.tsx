/** How a change went: what it did, or (translated) what went wrong. */
export type ChangeStatus = { tone: 'success' | 'error'; text: string } | null;

/**
 * A change's status as one line under what was changed: said politely when it worked, at once
 * (an alert, in the error colour) when it did not. Nothing while there is nothing to say.
 */
export function StatusLine({ status, className }: { status: ChangeStatus; className: string }) {
  if (!status) return null;
  const ok = status.tone === 'success';
  return (
    <p className={ok ? className : 'field-error'} role={ok ? 'status' : 'alert'}>
      {status.text}
    </p>
  );
}
