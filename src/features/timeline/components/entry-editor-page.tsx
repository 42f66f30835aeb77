import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';

import { useBookContext } from '../hooks/use-book-context';
import { useBookPhotos, useEntry, usePeople } from '../hooks/use-timeline-data';
import { isEntryKind } from '../lib/kinds';

import { EntryForm } from './entry-form';
import { NotOnTimeline } from './not-on-timeline';
import { QuickAddPage } from './quick-add-page';
import { RoadVoicePage } from './road-voice-page';

/** New (`new?kind=home`) or edit (`entry/:id/edit`): the same form, loaded with what is stored. */
export function EntryEditorPage() {
  const { t } = useTranslation();
  const { entryId } = useParams();
  const [search] = useSearchParams();
  const { bookId, ageMode } = useBookContext();
  const entry = useEntry(bookId, entryId ?? '');
  const people = usePeople(bookId);
  const photos = useBookPhotos(bookId);
  const kind = search.get('kind');

  if (entryId !== undefined && entry === undefined) return <p role="status">{t('app.loading')}</p>;
  if (entryId !== undefined && (!entry || entry.deletedAt !== undefined)) return <NotOnTimeline />;
  // Telling a memory with one's voice (`new?voice=1`): the road's first way to add one.
  if (entryId === undefined && search.has('voice')) return <RoadVoicePage />;
  if (!people || !photos) return <p role="status">{t('app.loading')}</p>;
  // The youngest add with pictures only, unless they chose to write or came for one kind.
  if (ageMode === 'young' && entryId === undefined && kind === null && !search.has('write')) {
    return <QuickAddPage photos={photos.items} />;
  }
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
