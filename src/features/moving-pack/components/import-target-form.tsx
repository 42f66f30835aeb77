import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { PackContents } from '@/pack';
import { Button } from '@/components';
import { ChoiceGroup, type Choice } from '@/components';
import { proposeSentence } from '@/components';
import { SentencePicker } from '@/components';
import { generateRecoveryCode } from '@/crypto';
import { useSentenceChoice } from '@/hooks';
import { useImportTargets } from '../hooks/use-import-targets';
import type { ImportTarget } from '../lib/import-client';

import { LockedTargetNotice } from './locked-target-notice';

/** 'new', or `book:<id>`: prefixed so no book id can ever read as the new-book choice. */
type TargetChoice = 'new' | `book:${string}`;

/**
 * Where the pack goes: a new book (with its own secret sentence, as in the create wizard), or a
 * book already here. The pack's own book is proposed when it is on the device, since merging
 * is then what brings in only what is new.
 */
export function ImportTargetForm({
  contents,
  onStart,
  onOtherFile,
}: {
  contents: PackContents;
  onStart: (target: ImportTarget) => void;
  onOtherFile: () => void;
}) {
  const { t, i18n } = useTranslation();
  const books = useImportTargets();
  const [picked, setPicked] = useState<TargetChoice | undefined>();
  const secret = useSentenceChoice(proposeSentence);

  if (books === undefined) return <p role="status">{t('app.loading')}</p>;

  const own = books.find((b) => b.id === contents.data.book.id);
  // A picked book that has since been deleted falls back to the proposal.
  const stillThere = picked === 'new' || books.some((b) => `book:${b.id}` === picked);
  const choice: TargetChoice =
    picked !== undefined && stillThere ? picked : own ? `book:${own.id}` : 'new';
  const target = choice === 'new' ? undefined : books.find((b) => `book:${b.id}` === choice);
  const choices: Choice<TargetChoice>[] = [
    { value: 'new', label: t('packImport.target.asNew') },
    ...books.map((b) => ({
      value: `book:${b.id}` as const,
      label: t('packImport.target.into', { name: b.cover.nickname }),
      picture: b.cover.emoji,
    })),
  ];

  const submit = () => {
    if (!target) {
      if (!secret.check(contents.data.book.cover.nickname)) return;
      onStart({ kind: 'new', sentence: secret.sentence, recoveryCode: generateRecoveryCode() });
    } else if (target.unlocked) {
      onStart({ kind: 'merge', bookId: target.id });
    }
  };

  return (
    <form
      noValidate
      aria-labelledby="pack-target-heading"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3 id="pack-target-heading">{t('packImport.target.heading')}</h3>
      <ChoiceGroup
        legend={t('packImport.target.legend')}
        layout="list"
        choices={choices}
        value={choice}
        onChange={setPicked}
      />
      {own && target?.id === own.id ? (
        <p>{t('packImport.target.sameBook', { name: own.cover.nickname })}</p>
      ) : null}
      {target && !target.unlocked ? <LockedTargetNotice target={target} /> : null}
      {target ? null : (
        <>
          <p>{t('packImport.target.newHint')}</p>
          <SentencePicker
            {...secret.picker}
            locale={i18n.language}
            bookName={contents.data.book.cover.nickname}
            // As in the create wizard: pictures first for the youngest, typing one tap away.
            input={contents.data.book.cover.ageMode === 'young' ? 'pictures' : 'typing'}
          />
        </>
      )}
      <div className="actions">
        <Button type="submit" disabled={target !== undefined && !target.unlocked}>
          {t('packImport.target.start')}
        </Button>
        <Button variant="quiet" onClick={onOtherFile}>
          {t('packImport.target.otherFile')}
        </Button>
      </div>
    </form>
  );
}
