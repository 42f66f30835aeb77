import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { useUnsavedWork } from '@/components';
import { useErrorText } from '@/components';
import { saveEntry } from '@/db';
import { putRecords } from '@/db';
import type { Entry, EntryKind } from '@/domain';
import {
  draftFromEntry,
  readEntryDraft,
  type EntryDraft,
  type EntryField,
  type EntryProblems,
} from '../lib/entry-form';
import { entryPath } from '../lib/paths';

import { useBookContext } from './use-book-context';
import { useFormDrawings } from './use-form-drawings';

/** The fields the youngest see only when they open "more". */
export const MORE_FIELDS: readonly EntryField[] = ['place', 'people', 'author', 'seal'];

function firstDraft(original: Entry | undefined, kind: EntryKind | undefined): EntryDraft {
  const draft = draftFromEntry(original, kind);
  // A new home is secret by default: an anonymised placement must never leak by a slip.
  if (!original && kind === 'home') draft.protected = true;
  return draft;
}

/**
 * The editor's state: the draft, its problems (once the child has tried to save), the save
 * itself and the "more" section of the youngest. Nothing is written until the draft reads well.
 */
export function useEntryEditor(
  original: Entry | undefined,
  initialKind: EntryKind | undefined,
  /** The form, whose first invalid field takes the focus after a refused save. */
  formRef: RefObject<HTMLFormElement | null>,
) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { bookId, birth, ageMode } = useBookContext();
  const [draft, setDraft] = useState(() => firstDraft(original, initialKind));
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [moreOpen, setMoreOpen] = useState(false);
  const [edited, setEdited] = useState(false);
  // Until it is saved (and the editor closes), a tab that must reload asks before losing it.
  useUnsavedWork(edited);

  const update = (patch: Partial<EntryDraft>) => {
    setEdited(true);
    setDraft((d) => {
      const next = { ...d, ...patch };
      if (patch.kind !== undefined && patch.kind !== d.kind) {
        next.subKind = '';
        if (patch.kind === 'home' && !original) next.protected = true;
      }
      return next;
    });
    setSaveError(null);
  };

  /** Photos dropped on the editor join the chosen ones (once each). */
  const addPhotos = (ids: readonly string[]) => {
    setDraft((d) => ({ ...d, photoIds: [...new Set([...d.photoIds, ...ids])] }));
  };
  // A drawing made here is ticked too, and goes again if the editor closes unsaved.
  const drawings = useFormDrawings(bookId, addPhotos);

  // Problems show once the child has tried to save, then follow every change.
  const problems: EntryProblems =
    attempts > 0
      ? readEntryDraft(draft, { bookId, birth, now: new Date(), original }).problems
      : {};

  useEffect(() => {
    if (attempts === 0) return;
    // Radios cannot carry aria-invalid, so the kind picker marks itself with a data attribute.
    formRef.current
      ?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"] input')
      ?.focus();
  }, [attempts, formRef]);

  const save = async () => {
    const result = readEntryDraft(draft, { bookId, birth, now: new Date(), original });
    if (!result.entry) {
      if (ageMode === 'young' && MORE_FIELDS.some((f) => result.problems[f])) setMoreOpen(true);
      setAttempts((n) => n + 1);
      return;
    }
    setBusy(true);
    setSaveError(null);
    try {
      if (result.newPeople.length > 0) {
        await putRecords(
          'people',
          bookId,
          result.newPeople.map((p) => ({ value: p })),
        );
      }
      await saveEntry(result.entry, birth);
      drawings.keep();
      void navigate(entryPath(bookId, result.entry.id), { replace: true });
    } catch (e) {
      setSaveError(t('timeline.editor.saveFailed', { reason: errorText(e) }));
      setBusy(false);
    }
  };

  return {
    draft,
    update,
    addPhotos,
    addDrawing: drawings.add,
    problems,
    save,
    busy,
    saveError,
    moreOpen,
    setMoreOpen,
  };
}
