/**
 * A form's fields each report one value, and the form's `onChange` takes a patch of its draft:
 * `set('place')` is the handler that turns the one into the other, so that no field spells out
 * `(place) => { onChange({ place }); }` again.
 */
export function patchSetter<D extends object>(onChange: (patch: Partial<D>) => void) {
  return <K extends keyof D>(key: K) =>
    (value: D[K]) => {
      const patch: Partial<D> = {};
      patch[key] = value;
      onChange(patch);
    };
}
