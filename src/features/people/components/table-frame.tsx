import type { ReactNode } from 'react';

/**
 * A table of people read aloud or by a screen reader instead of a picture (the map's, the family
 * tree's): named by its caption, one header row, and sideways scrolling on a narrow screen.
 */
export function TableFrame({
  className,
  caption,
  columns,
  children,
}: {
  className: string;
  caption: string;
  /** The header row's words, left to right. */
  columns: readonly string[];
  /** The body's rows. */
  children: ReactNode;
}) {
  return (
    <div className="table-scroll">
      <table className={className}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
