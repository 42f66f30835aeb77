import type { ChangeEvent, ChangeEventHandler, ReactNode } from 'react';

import { maxUnits } from '@/domain';

/** What a one-line field and a text area take alike, besides their element's own attributes. */
export interface TextControlProps<E extends HTMLInputElement | HTMLTextAreaElement> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /**
   * The field's limit in characters (domain/limits.ts). `maxLength` is the hard cap rather than
   * the limit: a paste that is too long stays whole and gets a message, instead of being cut off
   * without a word.
   */
  limit?: number;
  onChange?: ChangeEventHandler<E> | undefined;
  /** The text as typed, for a caller that keeps only the words (most do). */
  onValueChange?: (value: string) => void;
}

/**
 * The element's own props from a text control's: the hard cap for its limit, and a change
 * handler that gives the event to `onChange` and the typed text to `onValueChange`.
 */
export function controlAttributes<
  E extends HTMLInputElement | HTMLTextAreaElement,
  P extends Omit<TextControlProps<E>, 'label' | 'hint' | 'error'>,
>({ limit, onChange, onValueChange, ...rest }: P) {
  return {
    ...(limit === undefined ? {} : { maxLength: maxUnits(limit) }),
    ...rest,
    onChange: (e: ChangeEvent<E>) => {
      onChange?.(e);
      onValueChange?.(e.target.value);
    },
  };
}
