/** Absolute paths inside the timeline, so links work from every screen of the area. */
export function timelinePath(bookId: string, rest = ''): string {
  return `/book/${encodeURIComponent(bookId)}/timeline${rest ? `/${rest}` : ''}`;
}

export function entryPath(bookId: string, entryId: string, edit = false): string {
  return timelinePath(bookId, `entry/${encodeURIComponent(entryId)}${edit ? '/edit' : ''}`);
}
