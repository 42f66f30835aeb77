import { useLayoutEffect, useRef, type PointerEvent } from 'react';

import { followSize } from '@/hooks';

import { paintDrawing, paintSegment, paintStroke, type DrawingSize } from './drawing-canvas-paint';
import type { Stroke, StrokeHistory, StrokePoint } from './drawing-canvas-strokes';

export interface DrawingCanvasProps {
  history: StrokeHistory;
  /** A finished stroke (finger lifted, pen up, mouse released). */
  onStroke: (stroke: Stroke) => void;
  /** What the next stroke is drawn with (colour in CSS, size in drawing units). */
  brush: Pick<Stroke, 'colour' | 'size' | 'erase'>;
  size: DrawingSize;
  label: string;
}

interface Drawing {
  pointerId: number;
  stroke: Stroke & { points: StrokePoint[] };
}

/**
 * The paper: a canvas that takes finger, pen and mouse through pointer events (one pointer at a
 * time, so a resting palm does not draw) and redraws the stroke list whenever it changes or the
 * canvas changes size. Its pixels follow the screen's pixel ratio, so lines stay crisp.
 */
export function DrawingCanvas({ history, onStroke, brush, size, label }: DrawingCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<Drawing | null>(null);

  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const paint = () => {
      const rect = canvas.getBoundingClientRect();
      const ratio = window.devicePixelRatio || 1;
      const width = Math.max(1, Math.round(rect.width * ratio));
      const height = Math.max(1, Math.round(rect.height * ratio));
      // Setting the size clears the canvas even when it is unchanged: only when it changed.
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(width / size.width, 0, 0, height / size.height, 0, 0);
      paintDrawing(ctx, history, size);
      if (drawing.current) paintStroke(ctx, drawing.current.stroke);
    };
    return followSize(canvas, paint);
  }, [history, size]);

  const pointOf = (e: PointerEvent<HTMLCanvasElement> | globalThis.PointerEvent): StrokePoint => {
    const rect = ref.current?.getBoundingClientRect();
    // A canvas not laid out yet (0 wide) must not divide by zero.
    const w = Math.max(rect?.width ?? 0, 1);
    const h = Math.max(rect?.height ?? 0, 1);
    return {
      x: ((e.clientX - (rect?.left ?? 0)) / w) * size.width,
      y: ((e.clientY - (rect?.top ?? 0)) / h) * size.height,
      // Only a pen's pressure means something; fingers and mice draw at the chosen size.
      pressure: e.pointerType === 'pen' ? e.pressure : 0.5,
    };
  };

  const down = (e: PointerEvent<HTMLCanvasElement>) => {
    if (drawing.current || (e.pointerType === 'mouse' && e.button !== 0)) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const stroke = { ...brush, points: [pointOf(e)] };
    drawing.current = { pointerId: e.pointerId, stroke };
    const ctx = e.currentTarget.getContext('2d');
    if (ctx) paintStroke(ctx, stroke);
  };

  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    const current = drawing.current;
    if (current?.pointerId !== e.pointerId) return;
    const ctx = e.currentTarget.getContext('2d');
    // The browser may fold several moves into one event; each is a point of the line.
    const native = e.nativeEvent;
    const events = 'getCoalescedEvents' in native ? native.getCoalescedEvents() : [];
    for (const ev of events.length > 0 ? events : [e.nativeEvent]) {
      const p = pointOf(ev);
      const last = current.stroke.points.at(-1);
      if (last && ctx) paintSegment(ctx, current.stroke, last, p);
      current.stroke.points.push(p);
    }
  };

  const up = (e: PointerEvent<HTMLCanvasElement>) => {
    const current = drawing.current;
    if (current?.pointerId !== e.pointerId) return;
    drawing.current = null;
    // A cancelled touch keeps what it drew: the child's line does not vanish.
    onStroke(current.stroke);
  };

  return (
    <canvas
      ref={ref}
      className="drawing-paper"
      role="img"
      aria-label={label}
      style={{ aspectRatio: `${size.width} / ${size.height}` }}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={up}
    />
  );
}
