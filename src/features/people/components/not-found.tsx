import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { useBackToPeople } from '../hooks/use-back-to-people';

/** A person, map or page that is not (or no longer) there, with the way back to the people. */
export function PeopleNotFound({ message, back }: { message?: string; back?: string }) {
  const { t } = useTranslation();
  const { bookId = '' } = useParams();
  const people = useBackToPeople(bookId);
  return (
    <div>
      <h1>{message ?? t('errors.not-found')}</h1>
      <Link to={back ?? people.to}>{people.label}</Link>
    </div>
  );
}
