import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import type { Photo } from '@/domain';

import { EntryThumb } from './entry-thumb';

export interface PhotoPickerProps {
  photos: readonly Photo[];
  chosen: readonly string[];
  onChange: (photoIds: string[]) => void;
  /** Adding new photos from the device, where the photo import exists. */
  importer?: ReactNode;
}

/**
 * Photos from the book, as ticked thumbnails. The grid opens on request, so a book with many
 * photos does not decrypt them all just to write a memory.
 */
export function PhotoPicker({ photos, chosen, onChange, importer }: PhotoPickerProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const shown = photos.filter((p) => !p.hidden || chosen.includes(p.id));
  const toggle = (id: string, on: boolean) => {
    onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  };
  return (
    <fieldset className="photo-picker">
      <legend>{t('timeline.editor.photos')}</legend>
      {chosen.length > 0 ? (
        <p className="field-hint">{t('timeline.editor.photosChosen', { count: chosen.length })}</p>
      ) : null}
      {shown.length === 0 ? (
        <p className="field-hint">{t('timeline.editor.noPhotos')}</p>
      ) : (
        <Button
          variant="secondary"
          aria-expanded={open}
          onClick={() => {
            setOpen((o) => !o);
          }}
        >
          {open ? t('timeline.editor.hidePhotos') : t('timeline.editor.pickPhotos')}
        </Button>
      )}
      {open ? (
        <ul className="tile-grid photo-choices">
          {shown.map((p, i) => (
            <li key={p.id}>
              <label className="photo-choice">
                <input
                  type="checkbox"
                  checked={chosen.includes(p.id)}
                  onChange={(e) => {
                    toggle(p.id, e.target.checked);
                  }}
                />
                <EntryThumb
                  photo={p}
                  alt={p.caption ?? t('timeline.editor.photoAlt', { n: i + 1 })}
                />
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      {importer}
    </fieldset>
  );
}
