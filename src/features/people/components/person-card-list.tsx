import type { Person, Photo } from '@/domain';

import { PersonCard } from './person-card';

/** A run of person cards with their portraits: one sector, or one row of the virtual list. */
export function PersonCardList({
  bookId,
  people,
  photoById,
}: {
  bookId: string;
  people: readonly Person[];
  photoById: ReadonlyMap<string, Photo>;
}) {
  return (
    <ul className="person-list">
      {people.map((p) => (
        <li key={p.id}>
          <PersonCard
            bookId={bookId}
            person={p}
            photo={p.portraitPhotoId ? photoById.get(p.portraitPhotoId) : undefined}
          />
        </li>
      ))}
    </ul>
  );
}
