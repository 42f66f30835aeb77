import type { Person, Photo } from '@/domain';
import { usePhotoUrl } from '@/hooks';
import { initials } from '@/domain';

export interface PersonPortraitProps {
  person: Person;
  photo: Photo | undefined;
  size?: 'small' | 'large';
  /** Empty when the name is written next to the portrait (the usual case). */
  alt?: string;
}

/** A round portrait from the book's photos, or the person's initials on their sector's colour. */
export function PersonPortrait({ person, photo, size = 'small', alt = '' }: PersonPortraitProps) {
  const url = usePhotoUrl(photo, 'thumb');
  const className = `person-portrait person-portrait-${size} sector-${person.sector}`;
  if (url) return <img className={className} src={url} alt={alt} />;
  if (alt) {
    return (
      <span className={className} role="img" aria-label={alt}>
        <span aria-hidden="true">{initials(person.name)}</span>
      </span>
    );
  }
  return (
    <span className={className} aria-hidden="true">
      {initials(person.name)}
    </span>
  );
}
