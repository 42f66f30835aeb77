import type { Entry } from '@/domain';

/** What read-aloud says for a story: its title, then its text when there is one. */
export function storyText(entry: Pick<Entry, 'title' | 'text'>): string {
  return entry.text.trim() === '' ? entry.title : `${entry.title}.\n${entry.text}`;
}
