import './empty-state.css';

import type { ReactNode } from 'react';

import { EmojiPicture } from './emoji-picture';

export interface EmptyStateProps {
  /** An emoji drawn from the bundled pictures, or a drawing of its own (the timeline's road). */
  picture: string | ReactNode;
  /** A heading, where the page has room for one; the sentence alone is often enough. */
  title?: string;
  /** One short sentence a seven-year-old understands. */
  text: string;
  /** The one big action that does the obvious next thing: a link or a button with class `btn`. */
  action?: ReactNode;
  /** The heading's level under the page's own heading. */
  level?: 2 | 3;
  /** No frame of its own, inside a box that has one (a drop zone). */
  plain?: boolean;
  className?: string;
}

/**
 * What a list shows before anything is in it: a big picture, a friendly sentence and one big
 * action, so an empty page invites the next step rather than looking broken.
 */
export function EmptyState({
  picture,
  title,
  text,
  action,
  level = 2,
  plain = false,
  className,
}: EmptyStateProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div
      className={['empty-state', plain ? 'empty-state-plain' : '', className]
        .filter(Boolean)
        .join(' ')}
    >
      <div className="empty-state-picture">
        {typeof picture === 'string' ? <EmojiPicture emoji={picture} size={96} /> : picture}
      </div>
      {title ? <Heading className="empty-state-title">{title}</Heading> : null}
      <p className="empty-state-text">{text}</p>
      {action ? <div className="empty-state-action">{action}</div> : null}
    </div>
  );
}
