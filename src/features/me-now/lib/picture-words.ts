/**
 * Words chosen by picture go into the same text the child can type, as a list ("dogs, football"),
 * so a typed answer and a tapped one are one answer, and nothing else needs storing.
 */

const SEPARATOR = /\s*[,\n]\s*/;

function items(text: string): string[] {
  return text
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/** Whether the text already holds this word as one of its items (any case). */
export function hasWord(text: string, word: string): boolean {
  return items(text).some((item) => same(item, word));
}

/**
 * Adds the word at the end, or takes it out again. Typed sentences stay as typed: only an item
 * that is exactly the word is removed, and a word is added after what is there with ", ".
 */
export function toggleWord(text: string, word: string): string {
  if (hasWord(text, word)) {
    return items(text)
      .filter((item) => !same(item, word))
      .join(', ');
  }
  const trimmed = text.trimEnd();
  if (trimmed === '') return word;
  return /[,\n]$/.test(trimmed) ? `${trimmed} ${word}` : `${trimmed}, ${word}`;
}
