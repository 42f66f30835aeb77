import { LineIcon } from './line-icon';

export type DrawingToolIconName = 'brush' | 'eraser' | 'undo' | 'redo' | 'clearPaper';

/** The drawing paper's tools: here, not in `NavIcon`, so the start route does not carry them. */
const PATHS: Record<DrawingToolIconName, string[]> = {
  // a brush with a round tip
  brush: ['M14 4l6 6-8 8-6-6Z', 'M6 12c-2 0-3 2-3 4 0 2-1 3-1 4 3 0 7-1 7-4'],
  // an eraser block, tilted, with its rubbed-out line
  eraser: ['M9 20 3.5 14.5 13 5l7.5 7.5L13 20Z', 'm8 10 7.5 7.5', 'M13 20h8'],
  // an arrow turning back, and one turning forward
  undo: ['M9 8 4 13l5 5', 'M4 13h10a6 6 0 0 0 0-12h-2'],
  redo: ['m15 8 5 5-5 5', 'M20 13H10a6 6 0 0 1 0-12h2'],
  // a sheet wiped white
  clearPaper: ['M5 3.5h14v17H5Z', 'M8 15l8-8', 'M8 10l3-3'],
};

export function DrawingToolIcon({ name }: { name: DrawingToolIconName }) {
  return <LineIcon className={`nav-icon nav-icon-${name}`} paths={PATHS[name]} />;
}
