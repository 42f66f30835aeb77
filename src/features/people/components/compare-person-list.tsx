import type { Person } from '@/domain';

/** People under one heading of a comparison (new, gone, same); nothing when there are none. */
export function PersonList({ title, people }: { title: string; people: readonly Person[] }) {
  if (people.length === 0) return null;
  return (
    <section className="compare-group">
      <h3>{title}</h3>
      <ul className="plain-list">
        {people.map((p) => (
          <li key={p.id}>{p.name}</li>
        ))}
      </ul>
    </section>
  );
}
