import { EmojiPicture } from './emoji-picture';

export interface AvatarProps {
  emoji: string;
  colour: string;
  size?: 'small' | 'large';
}

/** The book's cover picture: decorative, because the nickname beside it carries the meaning. */
export function Avatar({ emoji, colour, size = 'small' }: AvatarProps) {
  return (
    <span className={`avatar avatar-${size} colour-${colour}`} aria-hidden="true">
      <EmojiPicture emoji={emoji} />
    </span>
  );
}
