/**
 * A drawing as a list of strokes with undo and redo, kept apart from the canvas so the picture
 * can be redrawn at any size (a turned phone, a sharper screen) and saved at a fixed one. Pure:
 * every change returns a new history and leaves the old one as it was.
 */

/** One point of a stroke in drawing units (see DRAWING_SIZE), with the pen's pressure (0–1). */
export interface StrokePoint {
  x: number;
  y: number;
  pressure: number;
}

export interface Stroke {
  /** A CSS colour; an eraser stroke paints the paper's white. */
  colour: string;
  /** Width in drawing units at normal pressure. */
  size: number;
  erase: boolean;
  points: readonly StrokePoint[];
}

type Step = { type: 'stroke'; stroke: Stroke } | { type: 'clear' };

/**
 * What was done, oldest first, and what was undone, most recently undone last. A clear is a step
 * too, so "undo" after clearing by mistake brings the picture back.
 */
export interface StrokeHistory {
  readonly done: readonly Step[];
  readonly undone: readonly Step[];
}

export const EMPTY_HISTORY: StrokeHistory = { done: [], undone: [] };

/** A new stroke ends whatever was undone: it can no longer be redone. */
export function addStroke(h: StrokeHistory, stroke: Stroke): StrokeHistory {
  if (stroke.points.length === 0) return h;
  return { done: [...h.done, { type: 'stroke', stroke }], undone: [] };
}

export function undo(h: StrokeHistory): StrokeHistory {
  const last = h.done.at(-1);
  if (!last) return h;
  return { done: h.done.slice(0, -1), undone: [...h.undone, last] };
}

export function redo(h: StrokeHistory): StrokeHistory {
  const next = h.undone.at(-1);
  if (!next) return h;
  return { done: [...h.done, next], undone: h.undone.slice(0, -1) };
}

/** Clearing an empty paper changes nothing (and adds nothing to undo). */
export function clear(h: StrokeHistory): StrokeHistory {
  if (visibleStrokes(h).length === 0) return h;
  return { done: [...h.done, { type: 'clear' }], undone: [] };
}

export function canUndo(h: StrokeHistory): boolean {
  return h.done.length > 0;
}

export function canRedo(h: StrokeHistory): boolean {
  return h.undone.length > 0;
}

/** The strokes on the paper now: those after the last clear, in the order they were drawn. */
export function visibleStrokes(h: StrokeHistory): Stroke[] {
  const out: Stroke[] = [];
  for (const step of h.done) {
    if (step.type === 'clear') out.length = 0;
    else out.push(step.stroke);
  }
  return out;
}

/** Nothing but white: no stroke, or only the eraser on an empty paper. Not worth saving. */
export function isBlank(h: StrokeHistory): boolean {
  return visibleStrokes(h).every((s) => s.erase);
}

/**
 * The width of a stroke at a point. Fingers and mice report no real pressure (0.5 or 0), so they
 * draw at the chosen size; a pen draws thinner or thicker, from half to one and a half times.
 */
export function widthAt(size: number, pressure: number): number {
  const p = Number.isFinite(pressure) && pressure > 0 ? Math.min(pressure, 1) : 0.5;
  return size * (0.5 + p);
}
