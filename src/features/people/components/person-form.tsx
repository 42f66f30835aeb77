import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { Button } from '../../../components/button';
import { ChoiceGroup } from '../../../components/choice-group';
import { Notice } from '../../../components/notice';
import { TextArea } from '../../../components/text-area';
import { TextField } from '../../../components/text-field';
import { useErrorText } from '../../../components/use-error-text';
import { savePeople } from '../../../db/people-repo';
import { newId } from '../../../domain/ids';
import { maxUnits } from '../../../domain/limits';
import type { Person, Photo } from '../../../domain/types';
import { usePeopleText } from '../hooks/use-people-text';
import {
  draftOf,
  emptyDraft,
  NAME_MAX,
  NOTE_MAX,
  personFromDraft,
  validateDraft,
  type DraftError,
  type PersonDraft,
} from '../lib/person-form';
import {
  CLOSENESS,
  CONTACT_FREQUENCIES,
  isContactFrequency,
  SECTOR_EMOJI,
  SECTORS,
} from '../lib/sectors';

import { PortraitPicker } from './portrait-picker';
import { RelationField } from './relation-field';

/** Adds a person or edits one; only valid input is stored, and a failed save keeps the draft. */
export function PersonForm({
  bookId,
  existing,
  initial,
  photos,
}: {
  bookId: string;
  existing?: Person;
  initial?: Partial<PersonDraft>;
  photos: readonly Photo[];
}) {
  const { t } = useTranslation();
  const text = usePeopleText();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const contactId = useId();
  const noteId = useId();
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
  }, [focusTick]);

  const update = (patch: Partial<PersonDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
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

  const preview: Person = personFromDraft(
    { ...draft, name: draft.name || '?' },
    { id: existing?.id ?? 'new', bookId },
    existing,
  );
  const noteError = messageFor('note');
  const cancelTo = existing ? `/book/${bookId}/people/${existing.id}` : `/book/${bookId}/people`;

  return (
    <form
      ref={formRef}
      className="person-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {errors.length > 0 ? <Notice tone="error">{t('people.form.fixErrors')}</Notice> : null}
      <TextField
        label={t('people.form.name')}
        hint={t('people.form.nameHint')}
        value={draft.name}
        maxLength={maxUnits(NAME_MAX)}
        autoComplete="off"
        error={messageFor('name')}
        onChange={(e) => {
          update({ name: e.target.value });
        }}
      />
      <ChoiceGroup
        legend={t('people.form.sector')}
        choices={SECTORS.map((s) => ({
          value: s,
          label: text.sector(s),
          picture: SECTOR_EMOJI[s],
        }))}
        value={draft.sector}
        onChange={(sector) => {
          update({ sector });
        }}
      />
      <RelationField
        sector={draft.sector}
        value={draft.relation}
        error={messageFor('relation')}
        onChange={(relation) => {
          update({ relation });
        }}
      />
      <ChoiceGroup
        legend={t('people.form.closeness')}
        layout="list"
        choices={CLOSENESS.map((c) => ({ value: String(c), label: text.closeness(c) }))}
        value={String(draft.closeness)}
        onChange={(v) => {
          const c = Number(v);
          if (c === 1 || c === 2 || c === 3) update({ closeness: c });
        }}
      />
      <div className="field">
        <label htmlFor={contactId}>{t('people.form.contact')}</label>
        <select
          id={contactId}
          value={draft.contact ?? ''}
          onChange={(e) => {
            const contact = e.target.value;
            setDraft((d) => {
              const next = { ...d };
              if (isContactFrequency(contact)) next.contact = contact;
              else delete next.contact;
              return next;
            });
          }}
        >
          <option value="">{t('people.contactUnset')}</option>
          {CONTACT_FREQUENCIES.map((c) => (
            <option key={c} value={c}>
              {text.contact(c)}
            </option>
          ))}
        </select>
      </div>
      <PortraitPicker
        person={preview}
        photos={photos}
        value={draft.portraitPhotoId}
        onChange={(portraitPhotoId) => {
          setDraft((d) => {
            const next = { ...d };
            if (portraitPhotoId) next.portraitPhotoId = portraitPhotoId;
            else delete next.portraitPhotoId;
            return next;
          });
        }}
      />
      <TextArea
        label={t('people.form.note')}
        rows={4}
        value={draft.note}
        // The hard cap as maxLength: typing on shows the message rather than silently stopping.
        limit={NOTE_MAX}
        error={noteError}
        onChange={(e) => {
          update({ note: e.target.value });
        }}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={draft.hideInSlideshows}
          aria-describedby={`${noteId}-hide-hint`}
          onChange={(e) => {
            update({ hideInSlideshows: e.target.checked });
          }}
        />
        <span>{t('people.form.hide')}</span>
      </label>
      <p id={`${noteId}-hide-hint`} className="field-hint">
        {t('people.form.hideHint')}
      </p>
      <div className="actions">
        <Button type="submit" busy={busy}>
          {t('people.form.save')}
        </Button>
        <Link className="btn btn-quiet" to={cancelTo}>
          {t('people.form.cancel')}
        </Link>
      </div>
      {saveError ? <Notice tone="error">{saveError}</Notice> : null}
    </form>
  );
}
