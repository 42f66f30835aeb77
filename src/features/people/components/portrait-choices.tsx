import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { Photo } from '@/domain';

import { PhotoChoice } from './photo-choice';

export interface PortraitChoicesProps {
  photos: readonly Photo[];
  /** The heading that names the group. */
  labelledBy: string;
  choice: string | undefined;
  onChoose: (photoId: string | undefined) => void;
}

/** The portrait picker's choices: no portrait, or one of the book's photos. */
export function PortraitChoices({ photos, labelledBy, choice, onChoose }: PortraitChoicesProps) {
  const { t } = useTranslation();
  const groupName = useId();
  return (
    <div className="tile-grid photo-choices" role="radiogroup" aria-labelledby={labelledBy}>
      <label className="photo-choice portrait-choice portrait-choice-none">
        <input
          type="radio"
          name={groupName}
          checked={choice === undefined}
          onChange={() => {
            onChoose(undefined);
          }}
        />
        <span className="portrait-choice-label">{t('people.portraitPicker.none')}</span>
      </label>
      {photos.map((p, i) => (
        <PhotoChoice
          key={p.id}
          photo={p}
          name={groupName}
          label={p.caption?.trim() ? p.caption : t('people.portraitPicker.photoOf', { n: i + 1 })}
          checked={choice === p.id}
          onChoose={() => {
            onChoose(p.id);
          }}
        />
      ))}
    </div>
  );
}
