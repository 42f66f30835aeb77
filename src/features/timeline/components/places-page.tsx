import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmojiPicture, EmptyState, NavIcon } from '@/components';
import { itemsOfKinds } from '@/domain';
import { useBookContext } from '../hooks/use-book-context';
import { useEntries } from '../hooks/use-timeline-data';
import { KIND_PICTURE } from '../lib/kinds';
import { entryPath, timelinePath } from '../lib/paths';

import { BackToTimeline } from './back-to-timeline';
import { EntryWhen } from './entry-when';
import { PlaceLine } from './place-line';

const LISTS = {
  homes: { kind: 'home', title: 'homesTitle', empty: 'homesEmpty', add: 'addHome' },
  schools: { kind: 'school', title: 'schoolsTitle', empty: 'schoolsEmpty', add: 'addSchool' },
} as const;

/** "Where I have lived" and "my schools": the same entries as the timeline, listed on their own. */
export function PlacesPage({ list }: { list: keyof typeof LISTS }) {
  const { t } = useTranslation();
  const { bookId, birth } = useBookContext();
  const entries = useEntries(bookId);
  const spec = LISTS[list];
  const items = itemsOfKinds(entries?.items ?? [], [spec.kind], birth);
  const add = (
    <Link className="btn btn-primary" to={`${timelinePath(bookId, 'new')}?kind=${spec.kind}`}>
      <NavIcon name="add" />
      {t(`timeline.places.${spec.add}`)}
    </Link>
  );

  return (
    <div className="places-page">
      <BackToTimeline bookId={bookId} />
      <h1>
        <EmojiPicture emoji={KIND_PICTURE[spec.kind]} /> {t(`timeline.places.${spec.title}`)}
      </h1>
      {!entries ? (
        <p role="status">{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <EmptyState
          picture={KIND_PICTURE[spec.kind]}
          title={t(`empty.${list}.title`)}
          text={t(`timeline.places.${spec.empty}`)}
          action={add}
        />
      ) : (
        <ol className="places-list">
          {items.map((e) => (
            <li key={e.id} className={`place-item kind-${e.kind}`}>
              <h2 className="entry-title">
                <Link to={entryPath(bookId, e.id)}>{e.title}</Link>
              </h2>
              <EntryWhen entry={e} />
              <PlaceLine entry={e} />
            </li>
          ))}
        </ol>
      )}
      {/* An empty list has the same link as its one big action. */}
      {entries && items.length > 0 ? add : null}
    </div>
  );
}
