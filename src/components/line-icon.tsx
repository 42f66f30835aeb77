/**
 * A picture drawn with round lines in the colour of the words beside it, on a 24 × 24 grid, so
 * it looks alike on every device. `NavIcon` and `DrawingToolIcon` name their pictures.
 */
export function LineIcon({
  className,
  paths,
  strokeWidth = 2,
}: {
  className: string;
  paths: readonly string[];
  strokeWidth?: number;
}) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
