import { NavIcon } from '@/components';
import type { MediaKind } from '@/domain';

/**
 * A tile's picture: the thumbnail once it is open, else a placeholder; sound and a paper without
 * a first page show their kind's picture and the child's words instead, so they are findable.
 */
export function TilePicture({
  kind,
  url,
  label,
  damaged,
  words,
}: {
  kind: MediaKind;
  url?: string;
  label: string;
  damaged: boolean;
  words?: string;
}) {
  if (url) return <img src={url} alt={label} draggable={false} />;
  if (kind === 'photo' || kind === 'drawing' || damaged)
    return (
      <span
        className={`gallery-placeholder${damaged ? ' is-damaged' : ''}`}
        role="img"
        aria-label={label}
      />
    );
  return (
    <span className="gallery-placeholder gallery-icon-tile" role="img" aria-label={label}>
      <NavIcon name={kind} />
      {words ? (
        <span className="gallery-tile-words" aria-hidden="true">
          {words}
        </span>
      ) : null}
    </span>
  );
}
