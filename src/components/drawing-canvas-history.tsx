import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from './button';
import { DrawingAsk } from './drawing-canvas-ask';
import { useHistoryFocus } from './drawing-canvas-history-focus';
import { DrawingToolIcon } from './drawing-tool-icon';

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
  return (
    <div className="drawing-history">
      <Button
        className="drawing-undo"
        variant="secondary"
        disabled={!canUndo}
        onClick={() => {
          notePress('undo');
          onUndo();
        }}
      >
        <DrawingToolIcon name="undo" />
        <span className="drawing-button-text">{t('drawing.undo')}</span>
      </Button>
      <Button
        className="drawing-redo"
        variant="secondary"
        disabled={!canRedo}
        onClick={() => {
          notePress('redo');
          onRedo();
        }}
      >
        <DrawingToolIcon name="redo" />
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
        <DrawingToolIcon name="clearPaper" />
        <span className="drawing-button-text">{t('drawing.clear')}</span>
      </Button>
    </div>
  );
}
