import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Button } from '@/components';
import type { PeopleText } from '../hooks/use-people-text';
import type { MapEntry } from '@/domain';

/** One person of the map's table: name, who they are, where on the map, and "Move". */
export function NetworkTableRow({
  bookId,
  entry: e,
  text,
  onMove,
  rowRef,
  index,
}: {
  bookId: string;
  entry: MapEntry;
  text: PeopleText;
  onMove?: (personId: string) => void;
  /** Set when the row is virtual: the virtualiser measures it. */
  rowRef?: Ref<HTMLTableRowElement>;
  index?: number;
}) {
  const { t } = useTranslation();
  return (
    <tr ref={rowRef} data-index={index} data-person-id={e.person.id}>
      <th scope="row">
        {e.person.deletedAt ? (
          e.person.name
        ) : (
          <Link to={`/book/${bookId}/people/${e.person.id}`}>{e.person.name}</Link>
        )}
      </th>
      <td>{text.relation(e.person)}</td>
      <td>{text.closeness(e.closeness)}</td>
      <td>{text.sector(e.sector)}</td>
      <td>{text.line(e.line)}</td>
      {onMove ? (
        <td>
          <Button
            variant="secondary"
            aria-label={t('people.map.move', { name: e.person.name })}
            onClick={() => {
              onMove(e.person.id);
            }}
          >
            {t('people.map.colMove')}
          </Button>
        </td>
      ) : null}
    </tr>
  );
}
