import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CheckField, LabelledSection } from '@/components';
import type { Person, Photo } from '@/domain';
import type { GallerySearch } from '../hooks/use-gallery-search';
import { byKind, countKinds, kindChips, searchItems, type KindFilter } from '../lib/kind-filter';

import { GallerySearchField } from './gallery-search-field';
import { KindChips } from './kind-chips';
import { PhotoGallery } from './photo-gallery';

/**
 * The gallery with its heading and count, the search field once "Søg" opens it, the kind chips
 * and "show hidden". A book of photos only reads as before ("Alle billeder", "12 billeder"); a
 * book with other kinds says "minder".
 */
export function GallerySection({
  items,
  onOpen,
  search,
  people = [],
}: {
  items: readonly Photo[];
  onOpen: (p: Photo) => void;
  search: GallerySearch;
  /** The book's people: a photo is found by the names of those on it too. */
  people?: readonly Person[];
}) {
  const { t } = useTranslation();
  const [showHidden, setShowHidden] = useState(false);
  const [filter, setFilter] = useState<KindFilter>('all');
  const query = search.open ? search.query : '';
  const names = useMemo(
    () => new Map(people.filter((p) => !p.deletedAt).map((p) => [p.id, p.name])),
    [people],
  );
  const hiddenCount = useMemo(() => items.filter((p) => p.hidden).length, [items]);
  const visible = useMemo(
    () => (showHidden ? [...items] : items.filter((p) => !p.hidden)),
    [items, showHidden],
  );
  const counts = useMemo(() => countKinds(visible), [visible]);
  const chips = kindChips(counts);
  // A chip whose kind is gone (its last item hidden or deleted) falls back to everything.
  const active = chips.includes(filter) ? filter : 'all';
  const shown = useMemo(
    () => searchItems(byKind(visible, active), query, (id) => names.get(id)),
    [visible, active, query, names],
  );
  const onlyPhotos = counts.all === counts.photo;

  return (
    <LabelledSection
      className="gallery-section"
      headingId="gallery-heading"
      title={
        <>
          {onlyPhotos ? t('photos.gallery.heading') : t('gallery.heading')}{' '}
          <span className="gallery-count">
            {onlyPhotos
              ? t('photos.gallery.count', { count: shown.length })
              : t('gallery.count', { count: shown.length })}
          </span>
        </>
      }
    >
      {search.open ? <GallerySearchField search={search} /> : null}
      <KindChips chips={chips} counts={counts} value={active} onChange={setFilter} />
      {hiddenCount > 0 ? (
        <CheckField
          label={t('photos.gallery.showHidden', { count: hiddenCount })}
          checked={showHidden}
          onChange={setShowHidden}
        />
      ) : null}
      {shown.length === 0 && query.trim() !== '' ? (
        <p role="status">{t('gallery.noMatch')}</p>
      ) : null}
      <PhotoGallery photos={shown} onOpen={onOpen} />
    </LabelledSection>
  );
}
