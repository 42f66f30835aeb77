import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';

import { useBookContext } from '../hooks/use-book-context';
import { useBookPhotos, useEntry, usePeople } from '../hooks/use-timeline-data';
import { isEntryKind } from '../lib/kinds';

import { EntryForm } from './entry-form';
import { NotOnTimeline } from './not-on-timeline';

/** New (`new?kind=home`) or edit (`entry/:id/edit`): the same form, loaded with what is stored. */
export function EntryEditorPage() {
  const { t } = useTranslation();
  const { entryId } = useParams();
  const [search] = useSearchParams();
  const { bookId } = useBookContext();
  const entry = useEntry(bookId, entryId ?? '');
  const people = usePeople(bookId);
  const photos = useBookPhotos(bookId);
  const kind = search.get('kind');

  if (entryId !== undefined && entry === undefined) return <p role="status">{t('app.loading')}</p>;
  if (entryId !== undefined && (!entry || entry.deletedAt !== undefined)) return <NotOnTimeline />;
  if (!people || !photos) return <p role="status">{t('app.loading')}</p>;
  return (
    <EntryForm
      key={entry?.id ?? 'new'}
      original={entry ?? undefined}
      initialKind={isEntryKind(kind) ? kind : undefined}
      people={people.items}
      photos={photos.items}
    />
  );
}
