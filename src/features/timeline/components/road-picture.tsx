/**
 * A road winding from a house towards a sun: the empty timeline's picture. Drawn here rather
 * than as an emoji so it looks the same on every device; coloured by the design tokens in CSS,
 * so dark mode and forced colours follow.
 */
export function RoadPicture() {
  return (
    <svg className="road-picture" viewBox="0 0 240 140" aria-hidden="true" focusable="false">
      <circle className="road-picture-sun" cx="200" cy="34" r="18" />
      <path className="road-picture-hill" d="M0 110 Q60 70 120 100 T240 92 V140 H0 Z" />
      <path className="road-picture-road" d="M44 140 C60 112 150 118 150 96 S120 74 196 62" />
      <path className="road-picture-lane" d="M44 140 C60 112 150 118 150 96 S120 74 196 62" />
      <g className="road-picture-house">
        <rect x="18" y="78" width="40" height="30" rx="3" />
        <path d="M12 80 L38 58 L64 80 Z" />
      </g>
      <rect className="road-picture-door" x="32" y="90" width="11" height="18" rx="2" />
    </svg>
  );
}
