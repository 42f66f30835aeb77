import { useRef, useState, type PointerEvent, type RefObject } from 'react';

import { locate, type Place } from '@/domain';

/** A drag shorter than this (in map units) is a tap: it opens the move dialog instead. */
const TAP_SLOP = 12;

interface Drag {
  id: string;
  pointerId: number;
  start: { x: number; y: number };
  at: { x: number; y: number };
  moved: boolean;
}

export interface MapDrag {
  /** The person being dragged and how far, once the pointer has really moved. */
  dragging: { id: string; dx: number; dy: number } | null;
  /** Where the dragged person would land. */
  target: Place | null;
  handlers: (
    id: string,
    from: Place,
  ) => {
    onPointerDown: (ev: PointerEvent<SVGGElement>) => void;
    onPointerMove: (ev: PointerEvent<SVGGElement>) => void;
    onPointerUp: (ev: PointerEvent<SVGGElement>) => void;
    onPointerCancel: () => void;
    onClick: () => void;
  };
}

/**
 * Dragging people on the map with any pointer (mouse, pen, finger). A drop in another cell moves
 * the person; a tap (or a screen reader's activate, which arrives as a click) opens them.
 */
export function useMapDrag(
  svgRef: RefObject<SVGSVGElement | null>,
  onMove: (id: string, to: Place) => void,
  onOpen: (id: string) => void,
): MapDrag {
  const [drag, setDrag] = useState<Drag | null>(null);
  // The click that follows a drag must not also open the dialog.
  const draggedRef = useRef(false);

  const toMap = (e: PointerEvent): { x: number; y: number } => {
    const ctm = svgRef.current?.getScreenCTM();
    if (!ctm) return { x: 0, y: 0 };
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    return { x: p.x, y: p.y };
  };
  const far = (d: Drag, p: { x: number; y: number }) =>
    d.moved || Math.hypot(p.x - d.start.x, p.y - d.start.y) > TAP_SLOP;

  return {
    dragging:
      drag?.moved === true
        ? { id: drag.id, dx: drag.at.x - drag.start.x, dy: drag.at.y - drag.start.y }
        : null,
    target: drag?.moved === true ? locate(drag.at.x, drag.at.y) : null,
    handlers: (id, from) => ({
      onPointerDown: (ev) => {
        if (ev.button !== 0) return;
        draggedRef.current = false;
        ev.currentTarget.setPointerCapture(ev.pointerId);
        const p = toMap(ev);
        setDrag({ id, pointerId: ev.pointerId, start: p, at: p, moved: false });
      },
      onPointerMove: (ev) => {
        const p = toMap(ev);
        // Several moves can arrive before a render: build on the latest state.
        setDrag((d) =>
          d?.id === id && d.pointerId === ev.pointerId ? { ...d, at: p, moved: far(d, p) } : d,
        );
      },
      onPointerUp: (ev) => {
        if (drag?.id !== id || drag.pointerId !== ev.pointerId) return;
        const p = toMap(ev);
        setDrag(null);
        if (!far(drag, p)) return;
        draggedRef.current = true;
        const to = locate(p.x, p.y);
        if (to.sector !== from.sector || to.closeness !== from.closeness) onMove(id, to);
      },
      onPointerCancel: () => {
        setDrag(null);
      },
      onClick: () => {
        if (draggedRef.current) draggedRef.current = false;
        else onOpen(id);
      },
    }),
  };
}
