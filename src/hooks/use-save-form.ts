import { useState } from 'react';

import type { SaveFormProps } from '@/components';

import { useBusyStatus } from './use-busy-status';

export interface SaveFormWork {
  /** What is wrong with the fields, in words, or undefined: a problem is said and nothing written. */
  problem: () => string | undefined;
  write: () => Promise<void>;
  /** The words said when the write worked. */
  done: string;
}

/**
 * A form saved as a whole (`SaveForm`): Save first checks the fields, says their problem and
 * writes nothing, or writes busy and says how it went. `checked` turns true at the first Save,
 * so the messages under the fields show once Save has been pressed, not while typing.
 */
export function useSaveForm({ problem, write, done }: SaveFormWork) {
  const { busy, status, setStatus, busyRun } = useBusyStatus();
  const [checked, setChecked] = useState(false);

  const onSave = async () => {
    setChecked(true);
    const refused = problem();
    if (refused) {
      setStatus({ tone: 'error', text: refused });
      return;
    }
    // The last save's words go while this one runs.
    setStatus(null);
    await busyRun(write, done);
  };

  const saveForm: Pick<SaveFormProps, 'onSave' | 'busy' | 'status'> = { onSave, busy, status };
  return { checked, setStatus, saveForm };
}
