import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { useErrorText } from '@/components';
import { savePeople } from '@/db';
import { newId, withOptional } from '@/domain';
import type { ContactFrequency, Person } from '@/domain';
import {
  draftOf,
  emptyDraft,
  personFromDraft,
  validateDraft,
  type DraftError,
  type PersonDraft,
} from '../lib/person-form';

/**
 * The person form's state: the draft, its problems after a refused save (and focus on the first),
 * and the save, which keeps the draft when it fails.
 */
export function usePersonEditor(
  bookId: string,
  existing: Person | undefined,
  initial: Partial<PersonDraft> | undefined,
  /** The form, whose first invalid field takes the focus after a refused save. */
  formRef: RefObject<HTMLFormElement | null>,
) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<PersonDraft>(() =>
    existing ? draftOf(existing) : { ...emptyDraft(), ...initial },
  );
  const [errors, setErrors] = useState<DraftError[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusTick, setFocusTick] = useState(0);

  // After a refused save, take the reader to the first field that needs fixing.
  useEffect(() => {
    if (focusTick === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusTick, formRef]);

  const update = (patch: Partial<PersonDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
  };
  const setContact = (contact: ContactFrequency | undefined) => {
    setDraft((d) => withOptional(d, 'contact', contact));
  };
  const setPortrait = (portraitPhotoId: string | undefined) => {
    setDraft((d) => withOptional(d, 'portraitPhotoId', portraitPhotoId));
  };
  const messageFor = (field: DraftError['field']): string | undefined => {
    const e = errors.find((x) => x.field === field);
    if (!e) return undefined;
    if (e.code === 'required') return t('people.form.nameRequired');
    return t(`people.form.${e.field}TooLong`, { max: e.max });
  };

  const submit = async () => {
    const found = validateDraft(draft);
    setErrors(found);
    setSaveError(null);
    if (found.length > 0) {
      setFocusTick((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const id = existing?.id ?? newId();
      await savePeople(bookId, [personFromDraft(draft, { id, bookId }, existing)]);
      void navigate(`/book/${bookId}/people/${id}`);
    } catch (e) {
      setSaveError(errorText(e));
      setBusy(false);
    }
  };

  return {
    draft,
    update,
    setContact,
    setPortrait,
    hasErrors: errors.length > 0,
    messageFor,
    submit,
    busy,
    saveError,
  };
}
