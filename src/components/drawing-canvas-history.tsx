import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from './button';
import { DrawingAsk } from './drawing-canvas-ask';
import { useHistoryFocus } from './drawing-canvas-history-focus';
import { DrawingToolIcon, type DrawingToolIconName } from './drawing-tool-icon';

export interface DrawingHistoryProps {
  /** The tools around these buttons, where the focus is kept. */
  rootRef: RefObject<HTMLElement | null>;
  canUndo: boolean;
  canRedo: boolean;
  /** Nothing on the paper: there is nothing to clear. */
  blank: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onClear: () => void;
}

/** One of the history's buttons: each is drawn the same way, a picture and a word. */
interface HistoryTool {
  icon: DrawingToolIconName;
  className: string;
  label: string;
  disabled: boolean;
  press: () => void;
}

/** Undo, redo, and clearing the paper, which asks first. */
export function DrawingHistory({
  rootRef,
  canUndo,
  canRedo,
  blank,
  onUndo,
  onRedo,
  onClear,
}: DrawingHistoryProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const notePress = useHistoryFocus(rootRef, asking, canUndo, canRedo);

  if (asking) {
    return (
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
    );
  }
  const tools: readonly HistoryTool[] = [
    {
      icon: 'undo',
      className: 'drawing-undo',
      label: t('drawing.undo'),
      disabled: !canUndo,
      press: () => {
        notePress('undo');
        onUndo();
      },
    },
    {
      icon: 'redo',
      className: 'drawing-redo',
      label: t('drawing.redo'),
      disabled: !canRedo,
      press: () => {
        notePress('redo');
        onRedo();
      },
    },
    {
      icon: 'clearPaper',
      className: 'drawing-clear',
      label: t('drawing.clear'),
      disabled: blank,
      press: () => {
        setAsking(true);
      },
    },
  ];
  return (
    <div className="drawing-history">
      {tools.map((tool) => (
        <Button
          key={tool.icon}
          className={tool.className}
          variant="secondary"
          disabled={tool.disabled}
          onClick={tool.press}
        >
          <DrawingToolIcon name={tool.icon} />
          <span className="drawing-button-text">{tool.label}</span>
        </Button>
      ))}
    </div>
  );
}
