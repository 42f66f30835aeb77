import { Button } from './button';

export interface YesNoButtonsProps {
  /** The answer that does it, e.g. "Yes, delete it". */
  yes: string;
  /** The safe answer, e.g. "No" or "Cancel". */
  no: string;
  onYes: () => void;
  onNo: () => void;
  /** The yes is already running: it keeps the focus but is not started twice. */
  busy?: boolean;
  /** A class on the safe answer (the drawing paper moves the focus to it). */
  noClassName?: string;
}

/**
 * The two answers to a question asked before something is lost (deleting for good, clearing the
 * drawing): the one that does it first, in the danger colour, then the safe one, so every such
 * question in the app looks and reads the same.
 */
export function YesNoButtons({ yes, no, onYes, onNo, busy, noClassName }: YesNoButtonsProps) {
  return (
    <>
      <Button variant="danger" busy={busy} onClick={onYes}>
        {yes}
      </Button>
      <Button variant="secondary" className={noClassName} onClick={onNo}>
        {no}
      </Button>
    </>
  );
}
