import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Button, Notice, TextField } from '@/components';
import type { Person, Photo } from '@/domain';
import { usePersonEditor } from '../hooks/use-person-editor';
import { NAME_MAX, personFromDraft, type PersonDraft } from '../lib/person-form';

import { PersonNoteFields } from './person-note-fields';
import { PersonPlaceFields } from './person-place-fields';
import { PortraitPicker } from './portrait-picker';

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
  const formRef = useRef<HTMLFormElement>(null);
  const editor = usePersonEditor(bookId, existing, initial, formRef);
  const { draft, update, messageFor } = editor;
  const preview: Person = personFromDraft(
    { ...draft, name: draft.name || '?' },
    { id: existing?.id ?? 'new', bookId },
    existing,
  );
  const cancelTo = existing ? `/book/${bookId}/people/${existing.id}` : `/book/${bookId}/people`;

  return (
    <form
      ref={formRef}
      className="person-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void editor.submit();
      }}
    >
      {editor.hasErrors ? <Notice tone="error">{t('people.form.fixErrors')}</Notice> : null}
      <TextField
        label={t('people.form.name')}
        hint={t('people.form.nameHint')}
        value={draft.name}
        limit={NAME_MAX}
        autoComplete="off"
        error={messageFor('name')}
        onValueChange={(name) => {
          update({ name });
        }}
      />
      <PersonPlaceFields
        draft={draft}
        onChange={update}
        onContactChange={editor.setContact}
        relationError={messageFor('relation')}
      />
      <PortraitPicker
        person={preview}
        photos={photos}
        value={draft.portraitPhotoId}
        onChange={editor.setPortrait}
      />
      <PersonNoteFields draft={draft} onChange={update} noteError={messageFor('note')} />
      <div className="actions">
        <Button type="submit" busy={editor.busy}>
          {t('people.form.save')}
        </Button>
        <Link className="btn btn-quiet" to={cancelTo}>
          {t('people.form.cancel')}
        </Link>
      </div>
      {editor.saveError ? <Notice tone="error">{editor.saveError}</Notice> : null}
    </form>
  );
}
