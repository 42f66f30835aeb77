import { Link } from 'react-router';

import type { Person, Photo } from '@/domain';
import { usePeopleText } from '../hooks/use-people-text';

import { PersonPortrait } from './person-portrait';

/** A person in a list: portrait, name and who they are; the whole card opens their page. */
export function PersonCard({
  bookId,
  person,
  photo,
}: {
  bookId: string;
  person: Person;
  photo: Photo | undefined;
}) {
  const text = usePeopleText();
  const relation = text.relation(person);
  return (
    <Link className="card-link person-card" to={`/book/${bookId}/people/${person.id}`}>
      <PersonPortrait person={person} photo={photo} />
      <span className="person-card-text">
        <span className="person-card-name">{person.name}</span>
        {relation ? <span className="person-card-relation">{relation}</span> : null}
      </span>
    </Link>
  );
}
