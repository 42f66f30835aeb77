const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Length as a person counts it: an emoji or a letter with accents is one character. */
export function graphemeLength(s: string): number {
  return Array.from(segmenter.segment(s)).length;
}

/** Trims and folds runs of white space, so "  Maja   Sofie " and "Maja Sofie" are the same name. */
export function cleanName(s: string): string {
  return s.trim().replace(/\s+/g, ' ');
}
