import { useLiveQuery } from 'dexie-react-hooks';

import { interruptedImports, type ImportJournal } from '@/db';

/**
 * Photo imports into this book that a crash (a closed tab, a dead battery) stopped halfway,
 * oldest first. A live query, so a note handled in any tab disappears at once.
 */
export function useInterruptedPhotoImports(bookId: string): ImportJournal[] | undefined {
  return useLiveQuery(
    async () =>
      (await interruptedImports())
        .filter((j) => j.kind === 'photos' && j.bookId === bookId)
        .sort((a, b) => a.startedAt.localeCompare(b.startedAt)),
    [bookId],
  );
}
