import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Button } from '@/components';
import { Notice } from '@/components';
import type { Entry, EntryKind, Person, Photo } from '@/domain';
import { useBookContext } from '../hooks/use-book-context';
import { MORE_FIELDS, useEntryEditor } from '../hooks/use-entry-editor';
import { useProblemText } from '../hooks/use-problem-text';
import { FIELD_ORDER } from '../lib/entry-form';
import { entryPath, timelinePath } from '../lib/paths';

import { EntryMainFields } from './entry-main-fields';
import { EntryMoreFields } from './entry-more-fields';
import { KindPicker } from './kind-picker';
import { ProblemSummary } from './problem-summary';

export interface EntryFormProps {
  original?: Entry;
  initialKind?: EntryKind;
  people: readonly Person[];
  photos: readonly Photo[];
}

const STORY_ROWS = { young: 4, middle: 6, teen: 12 } as const;

/**
 * The child-friendly editor: a picture to choose the kind, then the title, the story, when,
 * a feeling, people, photos, who wrote it and who may see it. Problems are listed at the top
 * and beside their fields; nothing is written until everything reads well.
 */
export function EntryForm({ original, initialKind, people, photos }: EntryFormProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const navigate = useNavigate();
  const { bookId, ageMode } = useBookContext();
  const formRef = useRef<HTMLFormElement>(null);
  const editor = useEntryEditor(original, initialKind, formRef);
  const { draft, update, problems } = editor;
  const messages = FIELD_ORDER.flatMap((f) => problemText(problems[f]) ?? []);
  const moreHasProblem = MORE_FIELDS.some((f) => problems[f] !== undefined);
  const kind = draft.kind;
  return (
    <form
      ref={formRef}
      className={`entry-form entry-form-${ageMode}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void editor.save();
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
          <EntryMainFields
            kind={kind}
            draft={draft}
            onChange={update}
            problems={problems}
            storyRows={STORY_ROWS[ageMode]}
          />
          <EntryMoreFields
            draft={draft}
            onChange={update}
            onPhotosAdded={editor.addPhotos}
            onDrawingAdded={editor.addDrawing}
            problems={problems}
            people={people}
            photos={photos}
            collapsible={ageMode === 'young'}
            open={editor.moreOpen || moreHasProblem}
            onToggle={editor.setMoreOpen}
          />
        </>
      ) : null}
      {editor.saveError ? <Notice tone="error">{editor.saveError}</Notice> : null}
      <div className="actions">
        <Button type="submit" busy={editor.busy}>
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
