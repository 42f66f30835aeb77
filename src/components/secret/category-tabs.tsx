import { useTranslation } from 'react-i18next';

import type { WordCategory, WordCategoryId } from '@/crypto';

import { useRovingFocus } from './use-roving-focus';

export interface CategoryTabsProps {
  categories: readonly WordCategory[];
  active: WordCategoryId;
  onChange: (id: WordCategoryId) => void;
  /** Ids for `aria-controls` and the panel's `aria-labelledby`. */
  tabId: (id: WordCategoryId) => string;
  panelId: string;
}

/** The kinds of pictures as tabs that wrap onto two rows rather than scroll sideways. */
export function CategoryTabs({ categories, active, onChange, tabId, panelId }: CategoryTabsProps) {
  const { t } = useTranslation();
  const roving = useRovingFocus(categories.length);
  const activeIndex = categories.findIndex((c) => c.id === active);
  return (
    <div role="tablist" aria-label={t('pictureKeyboard.categories')} className="picture-tabs">
      {categories.map((c, i) => (
        <button
          key={c.id}
          ref={roving.itemRef(i)}
          id={tabId(c.id)}
          type="button"
          role="tab"
          className="picture-tab"
          data-category={c.id}
          aria-selected={c.id === active}
          aria-controls={panelId}
          tabIndex={i === activeIndex ? 0 : -1}
          onKeyDown={(e) => {
            // Moving to a tab opens it, as tabs do.
            const to = roving.onKeyDown(e);
            const next = to === undefined ? undefined : categories[to];
            if (next) onChange(next.id);
          }}
          onClick={() => {
            roving.setActive(i);
            onChange(c.id);
          }}
        >
          <span className="picture-tab-emoji" aria-hidden="true">
            {c.emoji}
          </span>
          <span className="picture-tab-name">{t(`pictureKeyboard.category.${c.id}`)}</span>
        </button>
      ))}
    </div>
  );
}
