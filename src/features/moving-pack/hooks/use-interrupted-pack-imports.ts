import { useLiveQuery } from 'dexie-react-hooks';

import { interruptedImports, type ImportJournal } from '@/db';

/**
 * Pack imports a crash stopped before their commit: none of them saved anything. A live
 * query, so the notice goes in every tab once it is handled in one.
 */
export function useInterruptedPackImports(): ImportJournal[] | undefined {
  return useLiveQuery(async () => (await interruptedImports()).filter((j) => j.kind === 'bundle'));
}
