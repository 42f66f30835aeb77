/**
 * Painting a drawing's strokes on a 2D canvas, at any scale: the screen's canvas (sharp at the
 * device's pixel ratio) and the PNG that is saved (at a fixed size) draw the same strokes.
 */
import {
  visibleStrokes,
  widthAt,
  type Stroke,
  type StrokeHistory,
  type StrokePoint,
} from './drawing-canvas-strokes';

export interface DrawingSize {
  width: number;
  height: number;
}

/**
 * Drawing units, and the saved PNG's pixels: the paper turns with the screen it was started on
 * (a phone held upright draws upright), and keeps that shape until it is saved.
 */
export const DRAWING_SIZES = {
  landscape: { width: 1600, height: 1200 },
  portrait: { width: 1200, height: 1600 },
} as const satisfies Record<string, DrawingSize>;

export const PAPER_WHITE = '#ffffff';

/** The few methods of a 2D context the painting needs (tests record them). */
export type Paint = Pick<
  CanvasRenderingContext2D,
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineCap'
  | 'lineJoin'
  | 'fillRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'stroke'
  | 'arc'
  | 'fill'
>;

function colourOf(stroke: Stroke): string {
  return stroke.erase ? PAPER_WHITE : stroke.colour;
}

export function paintPaper(ctx: Paint, size: DrawingSize): void {
  ctx.fillStyle = PAPER_WHITE;
  ctx.fillRect(0, 0, size.width, size.height);
}

/** A tap leaves a round dot. */
export function paintDot(ctx: Paint, stroke: Stroke, p: StrokePoint): void {
  ctx.fillStyle = colourOf(stroke);
  ctx.beginPath();
  ctx.arc(p.x, p.y, widthAt(stroke.size, p.pressure) / 2, 0, Math.PI * 2);
  ctx.fill();
}

/** One piece of a stroke, as the finger moves: round ends, so the pieces join smoothly. */
export function paintSegment(ctx: Paint, stroke: Stroke, from: StrokePoint, to: StrokePoint): void {
  ctx.strokeStyle = colourOf(stroke);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.lineWidth = widthAt(stroke.size, (from.pressure + to.pressure) / 2);
  ctx.beginPath();
  ctx.moveTo(from.x, from.y);
  ctx.lineTo(to.x, to.y);
  ctx.stroke();
}

export function paintStroke(ctx: Paint, stroke: Stroke): void {
  const [first, ...rest] = stroke.points;
  if (!first) return;
  if (rest.length === 0) {
    paintDot(ctx, stroke, first);
    return;
  }
  let from = first;
  for (const to of rest) {
    paintSegment(ctx, stroke, from, to);
    from = to;
  }
}

/** White paper, then every stroke still on it, oldest first (the eraser paints white over). */
export function paintDrawing(ctx: Paint, history: StrokeHistory, size: DrawingSize): void {
  paintPaper(ctx, size);
  for (const stroke of visibleStrokes(history)) paintStroke(ctx, stroke);
}

/** The drawing as a PNG of `size` pixels on white (the saved picture). */
export async function drawingPng(history: StrokeHistory, size: DrawingSize): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  paintDrawing(ctx, history, size);
  const blob = await new Promise<Blob | null>((resolve) => {
    canvas.toBlob(resolve, 'image/png');
  });
  // Let the browser free the pixels at once (a canvas of 1600×1200 holds 7.7 MB).
  canvas.width = 0;
  canvas.height = 0;
  if (!blob) throw new Error('the canvas made no PNG');
  return blob;
}
