import { useId } from 'react';

import { ModalDialog } from '@/components';

import type { MapEntry } from '@/domain';

import { MoveForm, type MoveChoice } from './move-form';

/**
 * The form alternative to dragging: circle, part of life and line, as radio buttons. Opened
 * from the map (Enter, a tap) or the table's "Move" button.
 */
export function MoveDialog({
  bookId,
  entry,
  onSave,
  onClose,
}: {
  bookId: string;
  entry: MapEntry | undefined;
  onSave: (personId: string, choice: MoveChoice) => void;
  onClose: () => void;
}) {
  const titleId = useId();
  if (!entry) return null;
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="modal move-dialog">
      <MoveForm
        key={entry.person.id}
        bookId={bookId}
        entry={entry}
        titleId={titleId}
        onSave={onSave}
        onClose={onClose}
      />
    </ModalDialog>
  );
}
