/**
 * Pictures that stand beside words in the interface. They are decorative (aria-hidden): the
 * words carry the meaning, so they are not translated.
 */
export const PICTURES = {
  add: '＋',
  bin: '🗑️',
  edit: '✏️',
  letter: '✉️',
  speak: '🔊',
  stop: '⏹️',
  back: '← ',
  restore: '↩️',
  photo: '📷',
  done: '✔️',
} as const;
