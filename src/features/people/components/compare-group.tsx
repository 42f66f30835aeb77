/** One line of a comparison; the key is the person's id where the line is about one person. */
export interface CompareLine {
  key: string;
  text: string;
}

/** One heading of a comparison of two maps (closer, new, gone, ...); nothing when it is empty. */
export function CompareGroup({ title, lines }: { title: string; lines: readonly CompareLine[] }) {
  if (lines.length === 0) return null;
  return (
    <section className="compare-group">
      <h3>{title}</h3>
      <ul className="plain-list">
        {lines.map((line) => (
          <li key={line.key}>{line.text}</li>
        ))}
      </ul>
    </section>
  );
}
