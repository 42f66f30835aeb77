export interface TextListProps {
  /** The lines, each its own item; they are also the keys, so no two may be the same. */
  items: readonly string[];
  className?: string;
}

/** Lines of plain text as a list: what a lock protects, what stops saving, what a pack left out. */
export function TextList({ items, className }: TextListProps) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
