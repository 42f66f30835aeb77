import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Photo } from '@/domain';
import { TextField } from '@/components';
import { byKind, countKinds, kindChips, searchItems, type KindFilter } from '../lib/kind-filter';

import { KindChips } from './kind-chips';
import { PhotoGallery } from './photo-gallery';

/**
 * The gallery with its heading and count, the kind chips and "show hidden". A book of photos
 * only reads as before ("Alle billeder", "12 billeder"); a book with other kinds says "minder".
 */
export function GallerySection({
  items,
  onOpen,
}: {
  items: readonly Photo[];
  onOpen: (p: Photo) => void;
}) {
  const { t } = useTranslation();
  const [showHidden, setShowHidden] = useState(false);
  const [filter, setFilter] = useState<KindFilter>('all');
  const [query, setQuery] = useState('');
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
    () => searchItems(byKind(visible, active), query),
    [visible, active, query],
  );
  const onlyPhotos = counts.all === counts.photo;

  return (
    <section className="gallery-section" aria-labelledby="gallery-heading">
      <h2 id="gallery-heading">
        {onlyPhotos ? t('photos.gallery.heading') : t('gallery.heading')}{' '}
        <span className="gallery-count">
          {onlyPhotos
            ? t('photos.gallery.count', { count: shown.length })
            : t('gallery.count', { count: shown.length })}
        </span>
      </h2>
      {/* A book of photos only keeps its page as before, photos first (on a phone they must
          start in the top 35 %); the search comes with the titled kinds: papers, voices, videos. */}
      {onlyPhotos ? null : (
        <TextField
          type="search"
          className="gallery-search"
          label={t('gallery.search')}
          hint={t('gallery.searchHint')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
          }}
        />
      )}
      <KindChips chips={chips} counts={counts} value={active} onChange={setFilter} />
      {hiddenCount > 0 ? (
        <label className="check">
          <input
            type="checkbox"
            checked={showHidden}
            onChange={(e) => {
              setShowHidden(e.target.checked);
            }}
          />
          <span>{t('photos.gallery.showHidden', { count: hiddenCount })}</span>
        </label>
      ) : null}
      {shown.length === 0 && query.trim() !== '' ? (
        <p role="status">{t('gallery.noMatch')}</p>
      ) : null}
      <PhotoGallery photos={shown} onOpen={onOpen} />
    </section>
  );
}
