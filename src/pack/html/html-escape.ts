/**
 * Escaping for index.html. Every user text goes through `esc` (text and attribute values alike,
 * always in double-quoted attributes), so markup in a child's words stays words. Bidirectional
 * controls such as U+202E are kept (they are the child's text) but each text sits in its own
 * element with `dir="auto"` (or `<bdi>`), which isolates it: an override cannot flip the page
 * around it.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// C0 controls other than tab, line feed and carriage return are not allowed in HTML text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c).replace(CONTROL, '\uFFFD');
}

/** An inline user text (a name, a caption) isolated from its neighbours. */
export function bdi(text: string): string {
  return `<bdi>${esc(text)}</bdi>`;
}

/** A block of user text; line breaks are kept by CSS (`white-space: pre-wrap`). */
export function textBlock(text: string, className = 'text'): string {
  return text.trim() === '' ? '' : `<p class="${className}" dir="auto">${esc(text)}</p>`;
}

/** A private-use character: document texts never contain it, and user values never reach it. */
const SLOT = '\uE000';

/**
 * A document sentence with user values in it ("Written by {name} (adult)"): the sentence is
 * escaped and each value is isolated in `<bdi>`, so a right-to-left override in a name cannot
 * reorder the words around it.
 */
export function escWith(render: (slot: (value: string) => string) => string): string {
  const values: string[] = [];
  const text = render((value) => `${SLOT}${values.push(value) - 1}${SLOT}`);
  return esc(text).replace(/\uE000(\d+)\uE000/g, (_, i: string) => bdi(values[Number(i)] ?? ''));
}
