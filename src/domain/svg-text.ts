/**
 * Characters XML 1.0 allows. A name pasted with a control character or a broken emoji (a lone
 * surrogate) must not make the whole picture unreadable.
 */
function xmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** Text and attribute values for an SVG written as a string. */
export function escapeXml(text: string): string {
  return Array.from(text)
    .filter((ch) => xmlChar(ch.codePointAt(0) ?? 0))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** At most `max` characters as a reader counts them, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const parts = Array.from(segmenter.segment(text.trim()), (s) => s.segment);
  return parts.length <= max
    ? parts.join('')
    : `${parts
        .slice(0, Math.max(1, max - 1))
        .join('')
        .trimEnd()}…`;
}

/** One or two letters for a person without a portrait: "Mormor" → "M", "Ali Hassan" → "AH". */
export function initials(name: string): string {
  // Words that start with a letter or digit: "Alma (eksempel)" gives "A", not "A(".
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => /^[\p{L}\p{N}]/u.test(w));
  const first = (w: string | undefined) =>
    w ? (Array.from(segmenter.segment(w), (s) => s.segment)[0] ?? '') : '';
  const letters =
    words.length > 1 ? first(words[0]) + first(words[words.length - 1]) : first(words[0]);
  return letters.toLocaleUpperCase() || '?';
}

/** Length as a reader counts it (an emoji or an accented letter is one). */
export function graphemes(text: string): number {
  return Array.from(segmenter.segment(text)).length;
}
