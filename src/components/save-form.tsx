import type { ReactNode } from 'react';

import { Button } from './button';
import { Notice } from './notice';
import type { ChangeStatus } from './status-line';

export interface SaveFormProps {
  className: string;
  /** Called on submit (the button or Enter in a field); the browser never reloads the page. */
  onSave: () => Promise<void>;
  busy: boolean;
  /** The save button's words. */
  saveLabel: string;
  /** How the last save went, said under the button. */
  status: ChangeStatus;
  children: ReactNode;
}

/**
 * A form that is saved as a whole: its fields, one save button, and under it how the save went.
 * Mig nu's answers and an item's details are saved this way, so both say it the same way.
 */
export function SaveForm({ className, onSave, busy, saveLabel, status, children }: SaveFormProps) {
  return (
    <form
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        void onSave();
      }}
    >
      {children}
      <div className="actions">
        <Button type="submit" busy={busy}>
          {saveLabel}
        </Button>
      </div>
      {status ? <Notice tone={status.tone}>{status.text}</Notice> : null}
    </form>
  );
}
