import { VoiceNotes } from '@/components';
import { saveEntry } from '@/db';
import { mediaKindOf, nowIso } from '@/domain';
import type { Entry, Photo } from '@/domain';

import { useBookContext } from '../hooks/use-book-context';

/**
 * The entry's voice notes, played in place, and one more told with the recorder. A new note
 * joins the entry's items (`photoIds`), as a photo chosen for it does, and knows its entry.
 */
export function EntryVoiceNotes({ entry, items }: { entry: Entry; items: readonly Photo[] }) {
  const { bookId, birth } = useBookContext();
  const notes = items.filter((p) => mediaKindOf(p) === 'voice');
  return (
    <VoiceNotes
      bookId={bookId}
      notes={notes}
      links={{ entryIds: [entry.id] }}
      onSaved={(note) =>
        saveEntry({ ...entry, photoIds: [...entry.photoIds, note.id], updatedAt: nowIso() }, birth)
      }
    />
  );
}
