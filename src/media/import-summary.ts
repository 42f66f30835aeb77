import type { Photo } from '@/domain';

/** What an import of photos, videos or papers did; each kind names its failures its own way. */
export interface SummaryOf<Reason> {
  added: Photo[];
  /** For each file that was already in the book: the item it duplicates. */
  duplicates: Photo[];
  failed: { name: string; reason: Reason }[];
  cancelled: boolean;
}

/** An import's summary before its first file, and all an import of no files ever says. */
export function nothingImported<Reason>(): SummaryOf<Reason> {
  return { added: [], duplicates: [], failed: [], cancelled: false };
}
