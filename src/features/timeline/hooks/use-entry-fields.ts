import { patchSetter } from '@/components';
import type { EntryDraft, EntryField, EntryFieldsProps } from '../lib/entry-form';

import { useProblemText } from './use-problem-text';

/**
 * The problem each typed field of the entry shows under it: most are found under their own name,
 * but the author's name speaks for the author and the opening date for the seal.
 */
const PROBLEM_OF = {
  title: 'title',
  text: 'text',
  place: 'place',
  authorName: 'author',
  sealedUntil: 'seal',
} as const satisfies Partial<Record<keyof EntryDraft, EntryField>>;

export type TypedEntryField = keyof typeof PROBLEM_OF;

/**
 * What every part of the entry form does with its props: `set('sealed')` is a field's handler,
 * and `textProps('place')` gives a TextField or TextArea its value, its problem in words and
 * its handler at once.
 */
export function useEntryFields({ draft, onChange, problems }: EntryFieldsProps) {
  const problemText = useProblemText();
  const set = patchSetter(onChange);
  const textProps = (key: TypedEntryField) => ({
    value: draft[key],
    error: problemText(problems[PROBLEM_OF[key]]),
    onValueChange: set(key),
  });
  return { set, textProps };
}
