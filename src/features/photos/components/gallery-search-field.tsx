import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { SearchField } from '@/components';
import type { GallerySearch } from '../hooks/use-gallery-search';

/**
 * The gallery's search field, shown once "Søg" is pressed: it takes the focus as it opens, and
 * Escape closes it (the words go, the focus returns to "Søg").
 */
export function GallerySearchField({ search }: { search: GallerySearch }) {
  const { t } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    frame.current?.querySelector('input')?.focus();
  }, []);
  return (
    <div ref={frame} id={search.fieldId} className="gallery-search">
      <SearchField
        label={t('gallery.search')}
        hint={t('gallery.searchHint')}
        value={search.query}
        onValueChange={search.setQuery}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          // Not the browser's own "clear the search box": the whole field goes.
          e.preventDefault();
          search.close();
        }}
      />
    </div>
  );
}
