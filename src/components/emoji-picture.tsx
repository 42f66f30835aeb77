import './emoji-picture.css';

/**
 * The bundled emoji pictures (Twemoji, CC BY 4.0; see emoji/README.md), one SVG file each, named
 * by the emoji's code points as Twemoji names them. Emitted as files rather than inlined, so only
 * the pictures a page shows are fetched (and the service worker precaches them for offline use).
 */
const FILES = import.meta.glob<string>('./emoji/*.svg', {
  eager: true,
  query: '?no-inline',
  import: 'default',
});

/** The file name Twemoji gives an emoji: its code points in hex, without variation selectors. */
export function emojiFileName(emoji: string): string {
  const points: string[] = [];
  // Code points, not graphemes: Twemoji names a sequence (a family, a skin tone) by all of them.
  for (const ch of emoji) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp !== 0xfe0f) points.push(cp.toString(16));
  }
  return points.join('-');
}

/** The bundled picture of an emoji, or undefined when the set has none (it then shows as text). */
export function emojiPictureUrl(emoji: string): string | undefined {
  return FILES[`./emoji/${emojiFileName(emoji)}.svg`];
}

export interface EmojiPictureProps {
  emoji: string;
  /** Size in CSS pixels; `text` (the default) draws it at the size of the text around it. */
  size?: number | 'text';
  className?: string;
}

/**
 * An emoji drawn from the bundled pictures, so it looks the same on every device (a phone, a
 * tablet without a colour emoji font, a headless browser). Always decorative: the words beside
 * it say what it means. Width and height are set, so nothing moves when the file arrives.
 */
export function EmojiPicture({ emoji, size = 'text', className }: EmojiPictureProps) {
  const src = emojiPictureUrl(emoji);
  const classes = ['emoji-picture', size === 'text' ? 'emoji-picture-text' : '', className]
    .filter(Boolean)
    .join(' ');
  if (!src) {
    return (
      <span className={classes} aria-hidden="true">
        {emoji}
      </span>
    );
  }
  const px = size === 'text' ? 24 : size;
  return (
    <img
      className={classes}
      src={src}
      alt=""
      width={px}
      height={px}
      aria-hidden="true"
      draggable={false}
      decoding="async"
    />
  );
}
