/**
 * The secret-sentence form (the sentence, its repeat and a submit button) filled as a user
 * pasting would. The create-book wizard and Settings show the same form; their tests fill it the
 * same way.
 */
import type { BoundFunctions, queries } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

import type { da } from '@/i18n';

/** `screen`, or `within(element)` to look only inside one part of the page. */
type Scope = BoundFunctions<typeof queries>;

/**
 * Sentences every sentence form refuses in a book called Alma, each with the reason it shows
 * (`text.secret.*` in the test's language): one check serves the wizard and Settings.
 */
export function weakSentences(text: typeof da): [string, string][] {
  return [
    ['a a a a', text.secret.repeated],
    ['hest raket pizza måne', text.secret.tooFewWords],
    ['hej hej hej hej hej', text.secret.repeated],
    ['1234567890', text.secret.trivial],
    ['1234 5678 9012 3456 7890', text.secret.trivial],
    ['alma alma alma alma alma', text.secret.bookName],
    ['Alma alma ALMA alma alma', text.secret.bookName],
    ['jeg kan lide is og', text.secret.tooWeak],
  ];
}

/** Replaces a field's text in one paste, as a user pasting would. */
export async function replaceText(
  user: UserEvent,
  field: HTMLElement,
  text: string,
): Promise<void> {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

/**
 * The sentence form in `scope`, its fields found by their labels in `text`'s language, and a
 * `submit` that pastes a sentence into both fields and presses the button named `submitName`.
 * Pasted, not typed key by key: the check runs on submit, and a busy machine is slow.
 */
export function sentenceForm(user: UserEvent, scope: Scope, text: typeof da, submitName: string) {
  const sentenceField = scope.getByLabelText(text.sentence.yourSentence);
  const repeatField = scope.getByLabelText(text.sentence.repeat);
  return {
    sentenceField,
    async submit(sentence: string): Promise<void> {
      await replaceText(user, sentenceField, sentence);
      await replaceText(user, repeatField, sentence);
      await user.click(scope.getByRole('button', { name: submitName }));
    },
  };
}
