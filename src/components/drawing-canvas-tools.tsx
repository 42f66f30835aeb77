import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from './button';
import { DrawingAsk } from './drawing-canvas-ask';
import { NavIcon } from './nav-icon';
import {
  BRUSH_SIZES,
  DRAWING_COLOURS,
  type Brush,
  type BrushSize,
  type DrawingColour,
  type DrawingTool,
} from './drawing-canvas-palette';
import { DrawingRadios, type DrawingRadioOption } from './drawing-canvas-radios';

export interface DrawingToolsProps {
  brush: Brush;
  onBrush: (brush: Brush) => void;
  canUndo: boolean;
  canRedo: boolean;
  /** Nothing on the paper: there is nothing to clear. */
  blank: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onClear: () => void;
}

const SIZES = Object.keys(BRUSH_SIZES) as BrushSize[];

/**
 * The drawing's tools: brush or eraser, three thicknesses, ten colours (each a radio group),
 * undo, redo, and clearing the paper, which asks first.
 */
export function DrawingTools({
  brush,
  onBrush,
  canUndo,
  canRedo,
  blank,
  onUndo,
  onRedo,
  onClear,
}: DrawingToolsProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const wasAsking = useRef(false);

  // Answered, the question gives the focus back to "clear"; after clearing, "clear" is disabled
  // and "undo" (which can bring the picture back) takes it.
  useEffect(() => {
    const find = (selector: string) => rootRef.current?.querySelector<HTMLElement>(selector);
    if (!asking && wasAsking.current)
      (find('.drawing-clear:not(:disabled)') ?? find('.drawing-undo'))?.focus();
    wasAsking.current = asking;
  }, [asking]);

  // Undoing the last step disables "undo" under the finger (or the keyboard's focus), which
  // would drop the focus out of the tools: it moves to "redo", and back the other way. Checked
  // after the render each press causes, then forgotten.
  const pressed = useRef<'undo' | 'redo' | null>(null);
  useEffect(() => {
    const find = (selector: string) => rootRef.current?.querySelector<HTMLElement>(selector);
    if (pressed.current === 'undo' && !canUndo) find('.drawing-redo')?.focus();
    if (pressed.current === 'redo' && !canRedo) find('.drawing-undo')?.focus();
    pressed.current = null;
  });

  const tools: DrawingRadioOption<DrawingTool>[] = [
    { value: 'pen', label: t('drawing.tools.pen'), picture: <NavIcon name="brush" /> },
    { value: 'eraser', label: t('drawing.tools.eraser'), picture: <NavIcon name="eraser" /> },
  ];
  const sizes: DrawingRadioOption<BrushSize>[] = SIZES.map((s) => ({
    value: s,
    label: t(`drawing.sizes.${s}`),
    picture: <span className={`drawing-size-dot drawing-size-${s}`} />,
  }));
  const colours: DrawingRadioOption<DrawingColour>[] = DRAWING_COLOURS.map((c) => ({
    value: c.id,
    label: t(`drawing.colours.${c.id}`),
    picture: <span className="drawing-swatch" style={{ backgroundColor: c.value }} />,
  }));

  return (
    <div className="drawing-tools" ref={rootRef}>
      <DrawingRadios
        className="drawing-colours"
        legend={t('drawing.colours.legend')}
        options={colours}
        value={brush.colour}
        onChange={(colour) => {
          // Choosing a colour means drawing with it, even straight after the eraser.
          onBrush({ ...brush, colour, tool: 'pen' });
        }}
      />
      <div className="drawing-tool-row">
        <DrawingRadios
          legend={t('drawing.tools.legend')}
          options={tools}
          value={brush.tool}
          onChange={(tool) => {
            onBrush({ ...brush, tool });
          }}
        />
        <DrawingRadios
          className={`drawing-sizes drawing-sizes-${brush.tool}`}
          legend={t('drawing.sizes.legend')}
          options={sizes}
          value={brush.size}
          onChange={(size) => {
            onBrush({ ...brush, size });
          }}
        />
      </div>
      {asking ? (
        <DrawingAsk
          question={t('drawing.clearAsk')}
          yes={t('drawing.clearYes')}
          no={t('drawing.clearNo')}
          onYes={() => {
            onClear();
            setAsking(false);
          }}
          onNo={() => {
            setAsking(false);
          }}
        />
      ) : (
        <div className="drawing-history">
          <Button
            className="drawing-undo"
            variant="secondary"
            disabled={!canUndo}
            onClick={() => {
              pressed.current = 'undo';
              onUndo();
            }}
          >
            <NavIcon name="undo" />
            <span className="drawing-button-text">{t('drawing.undo')}</span>
          </Button>
          <Button
            className="drawing-redo"
            variant="secondary"
            disabled={!canRedo}
            onClick={() => {
              pressed.current = 'redo';
              onRedo();
            }}
          >
            <NavIcon name="redo" />
            <span className="drawing-button-text">{t('drawing.redo')}</span>
          </Button>
          <Button
            className="drawing-clear"
            variant="secondary"
            disabled={blank}
            onClick={() => {
              setAsking(true);
            }}
          >
            <NavIcon name="clearPaper" />
            <span className="drawing-button-text">{t('drawing.clear')}</span>
          </Button>
        </div>
      )}
    </div>
  );
}
