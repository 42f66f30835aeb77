import { updateCover, type BookSummary } from '@/db';
import type { BookCover, SecretInput } from '@/domain';

/**
 * How the lock screen asks for this book's sentence: as chosen last time it opened, else pictures
 * in the young mode and typing otherwise. Only this flag is kept beside the book, never which
 * pictures: the keyboard shows every word, the same for every book.
 */
export function preferredInput(cover: BookCover): SecretInput {
  return cover.secretInput ?? (cover.ageMode === 'young' ? 'pictures' : 'typing');
}

/**
 * After the sentence opened the book, keeps the way it was entered when it is not what the book
 * would ask for anyway. Best effort: a tab that may not write keeps the old choice, and the book
 * is open regardless.
 */
export function rememberInput(book: BookSummary, input: SecretInput): void {
  if (preferredInput(book.cover) === input) return;
  void updateCover(book.id, { secretInput: input }).catch(() => undefined);
}
