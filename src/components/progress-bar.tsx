export interface ProgressBarProps {
  label: string;
  value: number;
  max: number;
}

export function ProgressBar({ label, value, max }: ProgressBarProps) {
  return (
    <div className="progress">
      <span className="progress-label" aria-hidden="true">
        {label}
      </span>
      <progress aria-label={label} value={value} max={max} />
    </div>
  );
}
