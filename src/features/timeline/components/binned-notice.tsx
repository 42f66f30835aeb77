import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

import { UndoNotice } from '@/components';
import { restoreEntry } from '@/db';
import { useBookContext } from '../hooks/use-book-context';

/** What the entry page hands over after putting an entry in the bin. */
export interface BinnedState {
  binned: { id: string; title: string };
}

function readState(state: unknown): BinnedState['binned'] | undefined {
  if (typeof state !== 'object' || state === null || !('binned' in state)) return undefined;
  const binned = (state as BinnedState).binned;
  return typeof binned.id === 'string' && typeof binned.title === 'string' ? binned : undefined;
}

/** "Put in the bin. Undo": deleting is never a dead end. */
export function BinnedNotice() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { bookId, birth } = useBookContext();
  const [binned] = useState(() => readState(location.state));

  // Forget the hand-over, so a reload or "back" does not announce the same deletion again.
  useEffect(() => {
    if (readState(location.state)) {
      void navigate(location.pathname, { replace: true, state: null });
    }
  }, [location.pathname, location.state, navigate]);

  if (!binned) return null;
  return (
    <UndoNotice
      text={t('bin.binned', { title: binned.title })}
      undoneText={t('timeline.entry.restored', { title: binned.title })}
      onUndo={() => restoreEntry(bookId, binned.id, birth)}
    />
  );
}
