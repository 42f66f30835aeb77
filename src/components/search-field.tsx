import { TextField, type TextFieldProps } from './text-field';

export type SearchFieldProps = Omit<TextFieldProps, 'type' | 'autoComplete'>;

/**
 * A labelled search box. The browser is told not to offer earlier searches: on a shared tablet
 * what a child looked for in their book must not surface in someone else's typing.
 */
export function SearchField(props: SearchFieldProps) {
  return <TextField type="search" autoComplete="off" {...props} />;
}
