import { useEffect, useState, type RefObject } from 'react';

import { followSize } from '@/hooks';

import { columnsFor } from '../lib/gallery-rows';

/** The width of an element, followed as the window or the layout changes. */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback = 960): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      if (el.clientWidth > 0) setWidth(el.clientWidth);
    };
    return followSize(el, measure);
  }, [ref]);
  return width;
}

export function useColumns(ref: RefObject<HTMLElement | null>): { columns: number; width: number } {
  const width = useWidth(ref);
  return { columns: columnsFor(width), width };
}
