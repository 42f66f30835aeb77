import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { MEDIA_LIMITS } from '@/domain';

import { Button } from './button';
import { DrawingCanvas } from './drawing-canvas';
import { DRAWING_SIZES, drawingPng, PAPER_WHITE, type DrawingSize } from './drawing-canvas-paint';
import { BRUSH_SIZES, colourValue, FIRST_BRUSH, type Brush } from './drawing-canvas-palette';
import {
  addStroke,
  canRedo,
  canUndo,
  clear,
  EMPTY_HISTORY,
  isBlank,
  redo,
  undo,
  type StrokeHistory,
} from './drawing-canvas-strokes';
import { DrawingTools } from './drawing-canvas-tools';
import { Notice } from './notice';
import { useUnsavedWork } from './unsaved-work';
import { useErrorText } from './use-error-text';

export interface DrawingBoardProps {
  /** Stores the PNG; resolves to a sentence saying what went wrong, or null once it is saved. */
  onSave: (png: Blob) => Promise<string | null>;
  /** Whether something is drawn (so closing should ask first). */
  onDirty?: (dirty: boolean) => void;
  /** More buttons beside "save" (close, another prompt). */
  actions?: ReactNode;
}

/** The paper turns with the screen the drawing starts on: upright on a phone held upright. */
function paperFor(): DrawingSize {
  return window.innerHeight > window.innerWidth ? DRAWING_SIZES.portrait : DRAWING_SIZES.landscape;
}

/**
 * The paper with its tools and the save button. The strokes are kept as a list (undo, redo,
 * clear), and saved as a PNG on white of a fixed size, whatever the screen.
 */
export function DrawingBoard({ onSave, onDirty, actions }: DrawingBoardProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [size] = useState(paperFor);
  const [history, setHistory] = useState<StrokeHistory>(EMPTY_HISTORY);
  const [brush, setBrush] = useState<Brush>(FIRST_BRUSH);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const blank = isBlank(history);
  useUnsavedWork(!blank);
  useEffect(() => {
    onDirty?.(!blank);
  }, [blank, onDirty]);

  // From the latest history, not this render's: a quick second stroke must not drop the first.
  const change = (step: (h: StrokeHistory) => StrokeHistory) => {
    setHistory(step);
    setProblem(null);
  };

  const save = async () => {
    if (blank) {
      setProblem(t('drawing.blank'));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const png = await drawingPng(history, size);
      const failed =
        png.size > MEDIA_LIMITS.drawingBytes ? t('drawing.tooLarge') : await onSave(png);
      setProblem(failed);
    } catch (e) {
      setProblem(t('drawing.failed', { reason: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={`drawing-board drawing-board-${size.width > size.height ? 'wide' : 'tall'}`}>
      <div className="drawing-paper-frame">
        <DrawingCanvas
          history={history}
          size={size}
          label={t('drawing.paper')}
          brush={{
            colour: brush.tool === 'eraser' ? PAPER_WHITE : colourValue(brush.colour),
            size: BRUSH_SIZES[brush.size] * (brush.tool === 'eraser' ? 1.5 : 1),
            erase: brush.tool === 'eraser',
          }}
          onStroke={(stroke) => {
            change((h) => addStroke(h, stroke));
          }}
        />
      </div>
      <div className="drawing-side">
        <DrawingTools
          brush={brush}
          onBrush={setBrush}
          canUndo={canUndo(history)}
          canRedo={canRedo(history)}
          blank={blank}
          onUndo={() => {
            change(undo);
          }}
          onRedo={() => {
            change(redo);
          }}
          onClear={() => {
            change(clear);
          }}
        />
        {problem ? <Notice tone="error">{problem}</Notice> : null}
        <div className="actions drawing-actions">
          <Button busy={busy} onClick={() => void save()}>
            {t('drawing.save')}
          </Button>
          {actions}
        </div>
      </div>
    </div>
  );
}
