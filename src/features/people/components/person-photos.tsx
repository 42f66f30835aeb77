import { useTranslation } from 'react-i18next';

import { LabelledSection } from '@/components';
import { mediaKindOf } from '@/domain';
import type { Person, Photo } from '@/domain';

import { PersonPhoto } from './person-photo';

/** The book's photos of a person: their portrait and every photo that names them. */
export function PersonPhotos({ person, photos }: { person: Person; photos: readonly Photo[] }) {
  const { t } = useTranslation();
  // Their voice notes play in a section of their own (VoiceNotes), not as pictures.
  const theirs = photos.filter(
    (p) =>
      mediaKindOf(p) !== 'voice' &&
      (p.personIds.includes(person.id) || p.id === person.portraitPhotoId),
  );
  return (
    <LabelledSection
      title={t('people.person.photos', { name: person.name })}
      empty={theirs.length === 0 && t('people.person.noPhotos', { name: person.name })}
    >
      <ul className="tile-grid photo-grid person-photos">
        {theirs.map((p, i) => (
          <li key={p.id}>
            <PersonPhoto
              photo={p}
              alt={p.caption ?? t('people.portraitPicker.photoOf', { n: i + 1 })}
            />
          </li>
        ))}
      </ul>
    </LabelledSection>
  );
}
