/**
 * A copy of `record` with `key` set to `value`, or without `key` when there is no value (or an
 * empty one). An unset optional field is absent from what is stored, never `undefined`: sealing,
 * comparing and the pack's JSON then see one shape for "not given".
 */
export function withOptional<T extends object, K extends keyof T>(
  record: T,
  key: K,
  value: T[K] | undefined,
): T {
  const next = { ...record };
  if (value) next[key] = value;
  else Reflect.deleteProperty(next, key);
  return next;
}
