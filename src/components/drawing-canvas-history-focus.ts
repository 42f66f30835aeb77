import { useEffect, useRef, type RefObject } from 'react';

/**
 * Keeps the focus in the drawing's tools as its history buttons come and go. Answered, the
 * "clear?" question gives the focus back to "clear"; after clearing, "clear" is disabled and
 * "undo" (which can bring the picture back) takes it. Undoing the last step disables "undo"
 * under the finger (or the keyboard's focus), which would drop the focus out of the tools: it
 * moves to "redo", and back the other way. Returns what notes a press of undo or redo.
 */
export function useHistoryFocus(
  rootRef: RefObject<HTMLElement | null>,
  asking: boolean,
  canUndo: boolean,
  canRedo: boolean,
) {
  const wasAsking = useRef(false);
  useEffect(() => {
    const find = (selector: string) => rootRef.current?.querySelector<HTMLElement>(selector);
    if (!asking && wasAsking.current)
      (find('.drawing-clear:not(:disabled)') ?? find('.drawing-undo'))?.focus();
    wasAsking.current = asking;
  }, [asking, rootRef]);

  // Checked after the render each press causes, then forgotten.
  const pressed = useRef<'undo' | 'redo' | null>(null);
  useEffect(() => {
    const find = (selector: string) => rootRef.current?.querySelector<HTMLElement>(selector);
    if (pressed.current === 'undo' && !canUndo) find('.drawing-redo')?.focus();
    if (pressed.current === 'redo' && !canRedo) find('.drawing-undo')?.focus();
    pressed.current = null;
  });
  return (which: 'undo' | 'redo') => {
    pressed.current = which;
  };
}
