import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, LabelledSection, Notice, TextField } from '@/components';
import { TEXT_LIMITS, type FuzzyDate } from '@/domain';
import { paperMetaProblem, type PaperMeta } from '@/media/import-papers';
import { paperImports } from '../lib/import-routes';
import type { ImportRun } from '../lib/import-store';
import { importMixed } from '../lib/mixed-import';

import { GivenByField } from './given-by-field';
import { PhotoDateFields, type YearMonth } from './photo-date-fields';

/** A PDF, or a photo or scan of the paper (HEIC from a phone included). */
const PICK = 'application/pdf,.pdf,image/*,.heic,.heif';

function dateOf(ym: YearMonth): FuzzyDate | undefined {
  if (ym.year === undefined) return undefined;
  return ym.month === undefined ? { year: ym.year } : { year: ym.year, month: ym.month };
}

/** What the paper is, when it is from and who gave it. */
function PaperFields(p: {
  title: string;
  givenBy: string;
  when: YearMonth;
  onTitle: (v: string) => void;
  onGivenBy: (v: string) => void;
  onWhen: (v: YearMonth) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('gallery.details.title')}
        hint={t('gallery.details.titleHint')}
        value={p.title}
        limit={TEXT_LIMITS.title}
        onValueChange={p.onTitle}
      />
      <PhotoDateFields
        legend={t('gallery.details.when.paper')}
        value={p.when}
        onChange={p.onWhen}
      />
      <GivenByField value={p.givenBy} onValueChange={p.onGivenBy} />
    </>
  );
}

/** The hidden picker "Choose file" clicks: the files chosen go to the import with the details. */
function PaperFileInput({
  inputRef,
  meta,
  onStart,
  onClose,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  meta: PaperMeta;
  onStart: (files: File[], run: ImportRun) => void;
  onClose: () => void;
}) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept={PICK}
      multiple
      hidden
      tabIndex={-1}
      data-testid="paper-input"
      onChange={(e) => {
        const files = e.currentTarget.files ? [...e.currentTarget.files] : [];
        e.currentTarget.value = '';
        if (files.length === 0) return;
        const deps = paperImports(meta);
        onStart(files, (bookId, f, opts) => importMixed(bookId, f, opts, deps));
        onClose();
      }}
    />
  );
}

/**
 * "Add a paper" (its button sits in the photos' action row): what it is (title, when, who gave
 * it), then the file. Details over their limit are refused with a translated message before the
 * file picker opens, so nothing is stored.
 */
export function PaperForm({
  disabled,
  onStart,
  onClose,
}: {
  disabled: boolean;
  onStart: (files: File[], run: ImportRun) => void;
  /** Cancelled, or the file chosen: the form goes and its words with it. */
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [givenBy, setGivenBy] = useState('');
  const [when, setWhen] = useState<YearMonth>({});
  const [problem, setProblem] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const date = dateOf(when);
  const meta: PaperMeta = { title, givenBy, ...(date ? { date } : {}) };

  const choose = () => {
    const reason = paperMetaProblem(meta);
    setProblem(reason ? t(`papers.failure.${reason}`) : undefined);
    if (!reason) input.current?.click();
  };
  return (
    <LabelledSection className="paper-form" level={3} title={t('gallery.paperForm.heading')}>
      <p>{t('gallery.paperForm.intro')}</p>
      <PaperFields
        title={title}
        givenBy={givenBy}
        when={when}
        onTitle={setTitle}
        onGivenBy={setGivenBy}
        onWhen={setWhen}
      />
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <div className="actions">
        <Button disabled={disabled} onClick={choose}>
          {t('gallery.paperForm.choose')}
        </Button>
        <Button variant="quiet" onClick={onClose}>
          {t('gallery.paperForm.cancel')}
        </Button>
      </div>
      <PaperFileInput inputRef={input} meta={meta} onStart={onStart} onClose={onClose} />
    </LabelledSection>
  );
}
