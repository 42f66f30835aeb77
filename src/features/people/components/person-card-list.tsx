import type { Person, Photo } from '@/domain';

import { PersonCard } from './person-card';

/** People shown as cards: the book, the people, and their portraits' photos by id. */
export interface PeopleListProps {
  bookId: string;
  people: readonly Person[];
  photoById: ReadonlyMap<string, Photo>;
}

/** A run of person cards with their portraits: one sector, or one row of the virtual list. */
export function PersonCardList({ bookId, people, photoById }: PeopleListProps) {
  return (
    <ul className="tile-grid person-list">
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
