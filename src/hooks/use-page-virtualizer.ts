import { measureElement, useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type Key, type RefObject } from 'react';

import { followSize } from './follow-size';

export interface PageVirtualizerOptions<E extends HTMLElement> {
  count: number;
  /** A row's first guess; each row is measured once it renders. */
  estimateSize: (index: number) => number;
  getItemKey: (index: number) => Key;
  overscan: number;
  /**
   * The element whose size changes move the list down or up the page (a notice, a filter row
   * wrapping, the map above a table). By default the list's parent.
   */
  watched?: (list: E) => Element | null | undefined;
  /** Runs on each change of the layout, after the list's place was read (e.g. to count columns). */
  onLayout?: (list: E) => void;
  /** The layout is read again when this changes (e.g. the number of rows). */
  layoutKey?: unknown;
}

/**
 * A virtualiser over the page's own scrolling for a list that starts somewhere down the page:
 * only the rows near the screen exist in the DOM, so thousands of entries, people or table rows
 * open at once. The list's element goes in `listRef`; where it starts on the page is followed
 * as the layout above it changes, since the virtualiser needs it to place the rows.
 */
export function usePageVirtualizer<E extends HTMLElement>({
  count,
  estimateSize,
  getItemKey,
  overscan,
  watched,
  onLayout,
  layoutKey,
}: PageVirtualizerOptions<E>): {
  listRef: RefObject<E | null>;
  virtualizer: Virtualizer<Window, Element>;
} {
  const listRef = useRef<E>(null);
  const [offset, setOffset] = useState(0);
  // The latest callbacks, without reading the layout again each time a new function is passed.
  const latest = useRef({ watched, onLayout });
  useLayoutEffect(() => {
    latest.current = { watched, onLayout };
  });

  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el) return;
    const measure = () => {
      setOffset(Math.round(el.getBoundingClientRect().top + window.scrollY));
      latest.current.onLayout?.(el);
    };
    const around = latest.current.watched ? latest.current.watched(el) : el.parentElement;
    return followSize(around, measure);
  }, [layoutKey]);

  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize,
    getItemKey,
    overscan,
    scrollMargin: offset,
    // A row not laid out (hidden, or a DOM without layout) measures 0; keep the estimate then,
    // or every row would stack at the same place.
    measureElement: (el, entry, instance) => {
      const size = measureElement(el, entry, instance);
      return size > 0 ? size : instance.options.estimateSize(instance.indexFromElement(el));
    },
  });
  return { listRef, virtualizer };
}
