import { useRef } from 'react';

import { DrawingBrush } from './drawing-canvas-brush';
import { DrawingHistory, type DrawingHistoryProps } from './drawing-canvas-history';
import type { Brush } from './drawing-canvas-palette';

export interface DrawingToolsProps extends Omit<DrawingHistoryProps, 'rootRef'> {
  brush: Brush;
  onBrush: (brush: Brush) => void;
}

/**
 * The drawing's tools: brush or eraser, three thicknesses, ten colours (each a radio group),
 * undo, redo, and clearing the paper, which asks first.
 */
export function DrawingTools({ brush, onBrush, ...history }: DrawingToolsProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  return (
    <div className="drawing-tools" ref={rootRef}>
      <DrawingBrush brush={brush} onBrush={onBrush} />
      <DrawingHistory rootRef={rootRef} {...history} />
    </div>
  );
}
