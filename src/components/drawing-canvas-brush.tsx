import { useTranslation } from 'react-i18next';

import { DrawingToolIcon } from './drawing-tool-icon';
import {
  BRUSH_SIZES,
  DRAWING_COLOURS,
  type Brush,
  type BrushSize,
  type DrawingColour,
  type DrawingTool,
} from './drawing-canvas-palette';
import { DrawingRadios, type DrawingRadioOption } from './drawing-canvas-radios';

const SIZES = Object.keys(BRUSH_SIZES) as BrushSize[];

/** Brush or eraser, three thicknesses and ten colours, each a radio group. */
export function DrawingBrush({ brush, onBrush }: { brush: Brush; onBrush: (b: Brush) => void }) {
  const { t } = useTranslation();
  const tools: DrawingRadioOption<DrawingTool>[] = [
    { value: 'pen', label: t('drawing.tools.pen'), picture: <DrawingToolIcon name="brush" /> },
    {
      value: 'eraser',
      label: t('drawing.tools.eraser'),
      picture: <DrawingToolIcon name="eraser" />,
    },
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
    <>
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
    </>
  );
}
