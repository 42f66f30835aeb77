import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { Button, EmojiPicture, Notice, useErrorText } from '@/components';
import { binEntry } from '@/db';
import type { Entry, FuzzyDate } from '@/domain';
import { entryPath, timelinePath } from '../lib/paths';
import { PICTURES } from '../lib/pictures';

import type { BinnedState } from './binned-notice';

export interface EntryPageActionsProps {
  bookId: string;
  entry: Entry;
  birth: FuzzyDate | undefined;
  /** A sealed letter cannot be edited until it is opened. */
  sealed: boolean;
}

/** Edit, and move to the bin (back to the timeline, which offers to undo it). */
export function EntryPageActions({ bookId, entry, birth, sealed }: EntryPageActionsProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const toBin = async () => {
    setBusy(true);
    setError(null);
    try {
      await binEntry(bookId, entry.id, birth);
      const state: BinnedState = { binned: { id: entry.id, title: entry.title } };
      void navigate(timelinePath(bookId), { state });
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };

  return (
    <>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="actions">
        {sealed ? null : (
          <Link className="btn btn-secondary" to={entryPath(bookId, entry.id, true)}>
            <EmojiPicture emoji={PICTURES.edit} />
            {t('timeline.entry.edit')}
          </Link>
        )}
        <Button variant="secondary" busy={busy} onClick={() => void toBin()}>
          <EmojiPicture emoji={PICTURES.bin} />
          {t('bin.toBin')}
        </Button>
      </div>
    </>
  );
}
