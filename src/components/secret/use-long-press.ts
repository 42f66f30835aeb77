import { useEffect, useRef, type MouseEvent, type PointerEvent } from 'react';

/** Long enough that a child's ordinary tap never counts, short enough not to feel stuck. */
const LONG_PRESS_MS = 550;

/**
 * A press held on an element calls `onLongPress`; the click that ends such a press is swallowed,
 * so holding a picture to hear its word does not also choose it.
 */
export function useLongPress(onLongPress: () => void) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const fired = useRef(false);

  const cancel = () => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
  };

  useEffect(() => cancel, []);

  return {
    handlers: {
      onPointerDown: (e: PointerEvent) => {
        if (e.pointerType === 'mouse' && e.button !== 0) return;
        fired.current = false;
        cancel();
        timer.current = setTimeout(() => {
          fired.current = true;
          onLongPress();
        }, LONG_PRESS_MS);
      },
      onPointerUp: cancel,
      onPointerLeave: cancel,
      onPointerCancel: cancel,
      // The phone's own long-press menu would cover the tiles.
      onContextMenu: (e: MouseEvent) => {
        e.preventDefault();
      },
    },
    /** True once for the click that ends a long press. */
    consumeLongPress: (): boolean => {
      const was = fired.current;
      fired.current = false;
      return was;
    },
  };
}
