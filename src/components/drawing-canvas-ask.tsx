import { useEffect, useId, useRef } from 'react';

import { Button } from './button';

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
      <Button variant="danger" onClick={onYes}>
        {yes}
      </Button>
      <Button className="drawing-ask-no" variant="secondary" onClick={onNo}>
        {no}
      </Button>
    </div>
  );
}
