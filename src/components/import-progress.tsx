import { Button } from './button';
import { ProgressBar } from './progress-bar';

export interface ImportProgressProps {
  /** The feature's own class, for its layout. */
  className: string;
  /** What the bar shows and says when focused. */
  label: string;
  /** What screen readers hear: the same words, moved in big steps rather than every photo. */
  announce: string;
  value: number;
  max: number;
  /** A line under the bar, while a step cannot be stopped. */
  hint?: string;
  /** The Stop button's text ("Stopping…" once asked). */
  cancelLabel: string;
  cancelling: boolean;
  /** A step that cannot be stopped (one transaction) turns the Stop button off. */
  canCancel?: boolean;
  onCancel: () => void;
}

/** A long import's bar, its polite announcement and its Stop button. */
export function ImportProgress({
  className,
  label,
  announce,
  value,
  max,
  hint,
  cancelLabel,
  cancelling,
  canCancel = true,
  onCancel,
}: ImportProgressProps) {
  return (
    <div className={className}>
      <ProgressBar label={label} value={value} max={max} />
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <Button
        variant="secondary"
        onClick={onCancel}
        busy={cancelling}
        disabled={canCancel ? undefined : true}
      >
        {cancelLabel}
      </Button>
    </div>
  );
}
