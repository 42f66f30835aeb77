import { useEffect, useId, useRef } from 'react';

import { YesNoButtons } from './yes-no-buttons';

export interface DrawingAskProps {
  question: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
}

/**
 * A question before something of the drawing is lost (clearing, closing): it takes the focus on
 * its safe answer, so a stray Enter keeps the drawing.
 */
export function DrawingAsk({ question, yes, no, onYes, onNo }: DrawingAskProps) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('.drawing-ask-no')?.focus();
  }, []);
  return (
    <div ref={ref} className="drawing-ask" role="group" aria-labelledby={id}>
      <p id={id}>{question}</p>
      <YesNoButtons yes={yes} no={no} onYes={onYes} onNo={onNo} noClassName="drawing-ask-no" />
    </div>
  );
}
