import { useTranslation } from 'react-i18next';

import { NavIcon } from '@/components';
import type { GallerySearch } from '../hooks/use-gallery-search';

/**
 * "Søg" with its magnifier, in the photos' action row: opens the search field above the gallery
 * (focus moves into it) and closes it again. On a phone only the picture shows; "Søg" stays its
 * name.
 */
export function GallerySearchToggle({
  search,
  compact = false,
}: {
  search: GallerySearch;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const { open, fieldId, toggleRef, show, close } = search;
  return (
    <button
      ref={toggleRef}
      type="button"
      className={`btn btn-secondary gallery-search-toggle${compact ? ' is-compact' : ''}`}
      aria-expanded={open}
      aria-controls={open ? fieldId : undefined}
      onClick={open ? close : show}
    >
      <NavIcon name="search" />
      <span className={compact ? 'visually-hidden' : undefined}>{t('gallery.searchToggle')}</span>
    </button>
  );
}
