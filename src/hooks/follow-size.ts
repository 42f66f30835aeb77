/**
 * Runs `measure` now and again whenever `target` changes size, for an effect that lays
 * something out from an element's size (the drawing paper's pixels, the gallery's columns, where
 * a long list starts on the page). Returns the effect's clean-up. `measure` still runs once
 * without a target or where there is no ResizeObserver (tests, very old browsers), so the first
 * layout is right even when it is never followed.
 */
export function followSize(
  target: Element | null | undefined,
  measure: () => void,
): (() => void) | undefined {
  measure();
  if (typeof ResizeObserver === 'undefined' || !target) return undefined;
  const observer = new ResizeObserver(measure);
  observer.observe(target);
  return () => {
    observer.disconnect();
  };
}
