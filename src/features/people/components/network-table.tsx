import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Button } from '../../../components/button';
import { usePeopleText } from '../hooks/use-people-text';
import type { MapEntry } from '../lib/map-entries';
import { SECTORS } from '../lib/sectors';

/** The map as a table: the same people and places, for screen readers and for reading aloud. */
export function NetworkTable({
  bookId,
  entries,
  caption,
  onMove,
}: {
  bookId: string;
  entries: readonly MapEntry[];
  caption: string;
  onMove?: (personId: string) => void;
}) {
  const { t } = useTranslation();
  const text = usePeopleText();
  // Closest first, then round the map in sector order, as the eye reads the picture.
  const rows = [...entries].sort(
    (a, b) => a.closeness - b.closeness || SECTORS.indexOf(a.sector) - SECTORS.indexOf(b.sector),
  );
  return (
    <div className="table-scroll">
      <table className="net-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('people.map.colName')}</th>
            <th scope="col">{t('people.map.colRelation')}</th>
            <th scope="col">{t('people.map.colCloseness')}</th>
            <th scope="col">{t('people.map.colSector')}</th>
            <th scope="col">{t('people.map.colLine')}</th>
            {onMove ? <th scope="col">{t('people.map.colMove')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.person.id} data-person-id={e.person.id}>
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
