/*
 * A tiny stand-in for i18next's `t`, enough to render the date strings in pure code and tests:
 * `{{name}}` interpolation, then `$t(absolute.key)` nesting, and the `_context` key variant
 * with fallback to the plain key — the same order and fallbacks i18next uses. Anything it cannot
 * resolve is left visible (like i18next) so tests catch missing strings instead of hiding them.
 */

export interface StringTree {
  readonly [key: string]: string | StringTree;
}

export type Values = Readonly<Record<string, string | number>>;

export function lookup(tree: StringTree, path: string): string | undefined {
  let node: string | StringTree | undefined = tree;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function translate(tree: StringTree, key: string, values: Values, context?: string): string {
  const template =
    (context !== undefined ? lookup(tree, `${key}_${context}`) : undefined) ?? lookup(tree, key);
  if (template === undefined) return key;
  const interpolated = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
  return interpolated.replace(/\$t\(([^)]+)\)/g, (whole, nested: string) => {
    return lookup(tree, nested.trim()) ?? whole;
  });
}
