import { graphemeLength } from './text';

/**
 * How much text each field may hold: one table for the forms (which refuse more with a message
 * that names the limit), the pack schema (an import refuses exactly what the forms refuse, so
 * the app never makes a moving pack it cannot read back) and the tests.
 *
 * A limit counts characters as a person sees them (grapheme clusters): "Å" typed as A + ring, a
 * flag or a family emoji is one character, so a name in emoji gets as much room as a name in
 * letters. One grapheme can be any length, though ("Zalgo" text stacks hundreds of combining
 * marks on one letter), so every field also has a hard cap in UTF-16 code units,
 * `UNITS_PER_CHARACTER` times its limit: room for the longest emoji in use (a kiss with two skin
 * tones is 15 units), and a bound on what one field can ever store or send to the layout engine.
 */
export const TEXT_LIMITS = {
  /** The book's name on the cover and the shelf. */
  nickname: 40,
  /** An entry's title. */
  title: 120,
  /** The story of an entry or a letter: about ten printed pages. */
  story: 20_000,
  /** An entry's place or address. */
  place: 200,
  /** A person's name, and a grown-up author's name. */
  name: 80,
  /** "Who are they to you?" in the child's own words. */
  relation: 80,
  /** A few paragraphs about a person. */
  note: 2_000,
  /** Each "Me now" answer. */
  meNow: 5_000,
  /** A photo's caption. */
  caption: 2_000,
} as const;

export type LimitedField = keyof typeof TEXT_LIMITS;

/** Code units allowed per counted character before a text is refused however it counts. */
export const UNITS_PER_CHARACTER = 16;

/** The hard cap of a limit in UTF-16 code units: also the form's `maxLength`. */
export function maxUnits(limit: number): number {
  return limit * UNITS_PER_CHARACTER;
}

/**
 * Whether a text is over a limit. Cheap for any input: a text no longer than the limit in code
 * units cannot hold more characters, and one past the hard cap is refused without being
 * segmented, so a pasted megabyte costs no more than a length check.
 */
export function isTooLong(text: string, limit: number): boolean {
  if (text.length <= limit) return false;
  if (text.length > maxUnits(limit)) return true;
  return graphemeLength(text) > limit;
}

/**
 * Something to see: a character that is neither white space nor an invisible control or format
 * character (a right-to-left override or a zero-width space alone would show as nothing).
 */
export const VISIBLE_CHARACTER = /[^\s\p{Cc}\p{Cf}]/u;

/** Whether a required text (a name, a title) has anything in it that shows. */
export function hasText(text: string): boolean {
  return VISIBLE_CHARACTER.test(text);
}

/** Share of a limit from which a form shows how much is used. */
export const COUNT_FROM = 0.8;

/**
 * How many characters a text holds, once it is nearly full (from `COUNT_FROM` of the limit);
 * `undefined` before that, so short texts are never segmented. Past the hard cap (which a
 * field's `maxLength` keeps out) it answers in code units rather than segmenting a megabyte.
 */
export function countIfNearlyFull(text: string, limit: number): number | undefined {
  if (text.length <= limit * COUNT_FROM) return undefined;
  const count = text.length > maxUnits(limit) ? text.length : graphemeLength(text);
  return count > limit * COUNT_FROM ? count : undefined;
}
