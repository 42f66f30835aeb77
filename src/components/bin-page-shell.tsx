import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { newestBinnedFirst } from '@/domain';

import { EmojiPicture } from './emoji-picture';
import { EmptyState } from './empty-state';
import { Notice } from './notice';

/** What a bin page last did: put back, deleted for good, or what went wrong. */
export type BinStatus = { tone: 'success' | 'error'; text: string } | null;

/** The state of a bin page's actions (`useBinActions`): the item at work and the last status. */
export interface BinPageState<T> {
  busyId: string | null;
  status: BinStatus;
  act: (item: T, action: 'restore' | 'delete') => Promise<void>;
}

/** What each item's card gets from the page. */
export interface BinItemActions {
  now: Date;
  busy: boolean;
  onRestore: () => void;
  onDelete: () => void;
}

/** One picture for every bin: one bin, one look. */
const BIN_PICTURE = '🗑️';

export interface BinPageShellProps<T extends { id: string; deletedAt?: string }> {
  /** The page's and the list's classes, each bin's own. */
  className: string;
  listClassName: string;
  /** The way back to where the items were. */
  back: ReactNode;
  title: string;
  intro: string;
  loading: string;
  /** The empty bin's way back, under "The bin is empty." */
  emptyAction: ReactNode;
  bin: BinPageState<T>;
  /** Undefined while loading. */
  items: readonly T[] | undefined;
  /** Each item as a list item, newest binned first. */
  children: (item: T, actions: BinItemActions) => ReactNode;
}

/** A bin page: heading, what the bin is, the last status, then the items or the empty bin. */
export function BinPageShell<T extends { id: string; deletedAt?: string }>(
  props: BinPageShellProps<T>,
) {
  const { className, listClassName, back, title, intro, loading, emptyAction, bin, items } = props;
  const { t } = useTranslation();
  const now = new Date();
  return (
    <div className={className}>
      {back}
      <h1>
        <EmojiPicture emoji={BIN_PICTURE} /> {title}
      </h1>
      <p className="lead">{intro}</p>
      {bin.status ? <Notice tone={bin.status.tone}>{bin.status.text}</Notice> : null}
      {!items ? (
        <p role="status">{loading}</p>
      ) : items.length === 0 ? (
        <EmptyState
          picture={BIN_PICTURE}
          title={t('empty.bin.title')}
          text={t('bin.empty')}
          action={emptyAction}
        />
      ) : (
        <ul className={listClassName}>
          {[...items].sort(newestBinnedFirst).map((item) =>
            props.children(item, {
              now,
              busy: bin.busyId === item.id,
              onRestore: () => void bin.act(item, 'restore'),
              onDelete: () => void bin.act(item, 'delete'),
            }),
          )}
        </ul>
      )}
    </div>
  );
}
