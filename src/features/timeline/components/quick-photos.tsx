import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import type { Photo } from '@/domain';

import { EntryThumb } from './entry-thumb';

/** How many of the book's photos show at first, and how many more each "show more" adds. */
const PAGE = 12;

export interface QuickPhotosProps {
  photos: readonly Photo[];
  chosen: readonly string[];
  onChange: (photoIds: string[]) => void;
  /** Adding new photos from the device. */
  importer: ReactNode;
}

/**
 * The book's photos as big tiles to tap, the newest first. Only a page of them is decrypted at
 * a time, so a book of thousands of photos does not open them all to add one memory.
 */
export function QuickPhotos({ photos, chosen, onChange, importer }: QuickPhotosProps) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(PAGE);
  // Hidden photos stay out of the choice, unless the child just added one (then it is chosen).
  const shown = photos.filter((p) => !p.hidden || chosen.includes(p.id));
  // The newest first: the photo a child wants is usually the one just taken.
  shown.reverse();
  const toggle = (id: string, on: boolean) => {
    onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  };
  return (
    <fieldset className="quick-photos">
      <legend>{t('road.quick.photos')}</legend>
      <p className="field-hint" role="status">
        {chosen.length > 0 ? t('road.quick.photosChosen', { count: chosen.length }) : ''}
      </p>
      {shown.length === 0 ? <p className="field-hint">{t('road.quick.noPhotos')}</p> : null}
      <ul className="tile-grid quick-photo-choices">
        {shown.slice(0, limit).map((p, i) => (
          <li key={p.id}>
            <label className="quick-photo-choice">
              <input
                type="checkbox"
                className="visually-hidden"
                checked={chosen.includes(p.id)}
                onChange={(e) => {
                  toggle(p.id, e.target.checked);
                }}
              />
              <EntryThumb photo={p} alt={p.caption ?? t('road.quick.photoAlt', { n: i + 1 })} />
              <span className="quick-photo-tick" aria-hidden="true">
                ✔
              </span>
            </label>
          </li>
        ))}
      </ul>
      {shown.length > limit ? (
        <Button
          variant="secondary"
          onClick={() => {
            setLimit((l) => l + PAGE * 2);
          }}
        >
          {t('road.quick.morePhotos')}
        </Button>
      ) : null}
      {importer}
    </fieldset>
  );
}
