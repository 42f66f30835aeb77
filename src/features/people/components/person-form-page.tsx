import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';

import { useBookPhotos, usePeople } from '../hooks/use-people';
import { isSector } from '@/domain';

import { PeopleNotFound } from './not-found';
import { PersonForm } from './person-form';

/** "Add a person" (`people/new`, optionally `?sector=family`) and "Edit" (`people/:id/edit`). */
export function PersonFormPage() {
  const { t } = useTranslation();
  const { bookId = '', personId } = useParams();
  const [search] = useSearchParams();
  const data = usePeople(bookId);
  const photos = useBookPhotos(bookId);
  if (!data || !photos) return <p role="status">{t('people.loading')}</p>;
  const existing = personId ? data.people.find((p) => p.id === personId) : undefined;
  if (personId && !existing) {
    return <PeopleNotFound message={t('people.person.notFound')} />;
  }
  const sector = search.get('sector');
  return (
    <div className="person-form-page">
      <h1>
        {existing ? t('people.form.editTitle', { name: existing.name }) : t('people.form.newTitle')}
      </h1>
      <PersonForm
        key={existing?.id ?? 'new'}
        bookId={bookId}
        photos={photos}
        {...(existing ? { existing } : {})}
        {...(isSector(sector) ? { initial: { sector } } : {})}
      />
    </div>
  );
}
