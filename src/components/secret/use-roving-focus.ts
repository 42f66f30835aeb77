import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

/**
 * One tab stop for a set of items (tiles, tabs): arrow keys move between them, Home and End jump
 * to the ends. With `grid`, up and down move a whole row, found from where the items are laid out,
 * so it stays right however many columns fit the screen.
 */
export function useRovingFocus(count: number, grid = false) {
  const [active, setActive] = useState(0);
  const items = useRef<(HTMLElement | null)[]>([]);

  const columns = (): number => {
    const top = items.current[0]?.offsetTop;
    const inRow = items.current.filter((el) => el !== null && el.offsetTop === top).length;
    return Math.max(1, inRow);
  };

  const move = (to: number) => {
    const next = Math.min(count - 1, Math.max(0, to));
    setActive(next);
    items.current[next]?.focus();
    return next;
  };

  /** Returns the index moved to, or undefined when the key was not a move. */
  const onKeyDown = (e: KeyboardEvent): number | undefined => {
    const steps: Record<string, number | undefined> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: grid ? columns() : undefined,
      ArrowUp: grid ? -columns() : undefined,
    };
    let to: number | undefined;
    if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = count - 1;
    else if (steps[e.key] !== undefined) to = active + (steps[e.key] ?? 0);
    if (to === undefined || to < 0 || to >= count) return undefined;
    e.preventDefault();
    return move(to);
  };

  const itemRef = useCallback(
    (index: number) => (el: HTMLElement | null) => {
      items.current[index] = el;
    },
    [],
  );

  return { active, setActive, onKeyDown, itemRef };
}
