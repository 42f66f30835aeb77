import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Button } from '../../../components/button';
import { Notice } from '../../../components/notice';
import { TextField } from '../../../components/text-field';
import { useUnsavedWork } from '../../../components/unsaved-work';
import { useErrorText } from '../../../components/use-error-text';
import { saveEntry } from '../../../db/entries-repo';
import { putRecords } from '../../../db/records-repo';
import type { Entry, EntryKind, Person, Photo } from '../../../domain/types';
import { useBookContext } from '../hooks/use-book-context';
import { useProblemText } from '../hooks/use-problem-text';
import {
  draftFromEntry,
  FIELD_ORDER,
  readEntryDraft,
  type EntryDraft,
  type EntryField,
} from '../lib/entry-form';
import { maxUnits, TITLE_MAX } from '../lib/limits';
import { entryPath, timelinePath } from '../lib/paths';

import { AuthorFields } from './author-fields';
import { EntryPeople } from './entry-people';
import { FeelingPicker } from './feeling-picker';
import { KindPicker } from './kind-picker';
import { PhotoDrop } from './photo-drop';
import { PhotoPicker } from './photo-picker';
import { PlaceFields } from './place-fields';
import { ProblemSummary } from './problem-summary';
import { SealFields } from './seal-fields';
import { StoryField } from './story-field';
import { SubKindField } from './sub-kind-field';
import { VisibilityFields } from './visibility-fields';
import { WhenFields } from './when-fields';

export interface EntryFormProps {
  original?: Entry;
  initialKind?: EntryKind;
  people: readonly Person[];
  photos: readonly Photo[];
}

const STORY_ROWS = { young: 4, middle: 6, teen: 12 } as const;
/** The fields the youngest see only when they open "more". */
const MORE_FIELDS: readonly EntryField[] = ['place', 'people', 'author', 'seal'];

function firstDraft(original: Entry | undefined, kind: EntryKind | undefined): EntryDraft {
  const draft = draftFromEntry(original, kind);
  // A new home is secret by default: an anonymised placement must never leak by a slip.
  if (!original && kind === 'home') draft.protected = true;
  return draft;
}

/**
 * The child-friendly editor: a picture to choose the kind, then the title, the story, when,
 * a feeling, people, photos, who wrote it and who may see it. Problems are listed at the top
 * and beside their fields; nothing is written until everything reads well.
 */
export function EntryForm({ original, initialKind, people, photos }: EntryFormProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const problemText = useProblemText();
  const navigate = useNavigate();
  const { bookId, birth, ageMode } = useBookContext();
  const [draft, setDraft] = useState(() => firstDraft(original, initialKind));
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [moreOpen, setMoreOpen] = useState(false);
  const [edited, setEdited] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
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

  // Problems show once the child has tried to save, then follow every change.
  const problems =
    attempts > 0
      ? readEntryDraft(draft, { bookId, birth, now: new Date(), original }).problems
      : {};
  const messages = FIELD_ORDER.flatMap((f) => problemText(problems[f]) ?? []);
  const young = ageMode === 'young';
  const moreHasProblem = MORE_FIELDS.some((f) => problems[f] !== undefined);

  useEffect(() => {
    if (attempts === 0) return;
    // Radios cannot carry aria-invalid, so the kind picker marks itself with a data attribute.
    formRef.current
      ?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"] input')
      ?.focus();
  }, [attempts]);

  const save = async () => {
    const result = readEntryDraft(draft, { bookId, birth, now: new Date(), original });
    if (!result.entry) {
      if (young && MORE_FIELDS.some((f) => result.problems[f])) setMoreOpen(true);
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
          // The same clear fields as the people area writes: an opaque id order, one kind.
          result.newPeople.map((p) => ({ value: p, sortKey: p.id, kind: 'person' })),
        );
      }
      await saveEntry(result.entry, birth);
      void navigate(entryPath(bookId, result.entry.id), { replace: true });
    } catch (e) {
      setSaveError(t('timeline.editor.saveFailed', { reason: errorText(e) }));
      setBusy(false);
    }
  };

  const kind = draft.kind;
  const more = kind ? (
    <>
      <PlaceFields draft={draft} onChange={update} problems={problems} />
      <EntryPeople people={people} draft={draft} onChange={update} problems={problems} />
      <PhotoPicker
        photos={photos}
        chosen={draft.photoIds}
        onChange={(photoIds) => {
          update({ photoIds });
        }}
        importer={
          <PhotoDrop
            onAdded={(ids) => {
              setDraft((d) => ({ ...d, photoIds: [...new Set([...d.photoIds, ...ids])] }));
            }}
          />
        }
      />
      <AuthorFields draft={draft} onChange={update} problems={problems} />
      <VisibilityFields
        value={draft.visibility}
        onChange={(visibility) => {
          update({ visibility });
        }}
      />
      {kind === 'letter' ? (
        <SealFields draft={draft} onChange={update} problems={problems} />
      ) : null}
    </>
  ) : null;

  return (
    <form
      ref={formRef}
      className={`entry-form entry-form-${ageMode}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h1>
        {original
          ? t('timeline.editor.editTitle', { title: original.title })
          : t('timeline.editor.newTitle')}
      </h1>
      <ProblemSummary messages={messages} />
      <KindPicker
        value={kind}
        onChange={(k) => {
          update({ kind: k });
        }}
        error={problemText(problems.kind)}
      />
      {kind ? (
        <>
          <SubKindField
            kind={kind}
            value={draft.subKind}
            onChange={(subKind) => {
              update({ subKind });
            }}
          />
          <TextField
            label={t('timeline.editor.title')}
            hint={t(`timeline.editor.titleHints.${kind}`)}
            value={draft.title}
            maxLength={maxUnits(TITLE_MAX)}
            autoComplete="off"
            error={problemText(problems.title)}
            onChange={(e) => {
              update({ title: e.target.value });
            }}
          />
          <StoryField
            label={t('timeline.editor.text')}
            hint={t(`timeline.editor.textHints.${kind}`)}
            value={draft.text}
            rows={STORY_ROWS[ageMode]}
            error={problemText(problems.text)}
            onChange={(text) => {
              update({ text });
            }}
          />
          <WhenFields draft={draft} onChange={update} problems={problems} />
          <FeelingPicker
            value={draft.feeling}
            onChange={(feeling) => {
              update({ feeling });
            }}
          />
          {young ? (
            <details
              className="more-fields"
              open={moreOpen || moreHasProblem}
              onToggle={(e) => {
                setMoreOpen(e.currentTarget.open);
              }}
            >
              <summary>{t('timeline.editor.more')}</summary>
              {more}
            </details>
          ) : (
            more
          )}
        </>
      ) : null}
      {saveError ? <Notice tone="error">{saveError}</Notice> : null}
      <div className="actions">
        <Button type="submit" busy={busy}>
          {t('timeline.editor.save')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            void navigate(original ? entryPath(bookId, original.id) : timelinePath(bookId));
          }}
        >
          {t('timeline.editor.cancel')}
        </Button>
      </div>
    </form>
  );
}
