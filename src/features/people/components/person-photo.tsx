import type { Photo } from '@/domain';
import { usePhotoUrl } from '@/hooks';

/** A thumbnail in a person's photos, with the child's caption under it. */
export function PersonPhoto({ photo, alt }: { photo: Photo; alt: string }) {
  const url = usePhotoUrl(photo, 'thumb');
  return (
    <figure className="photo-thumb person-photo">
      {url ? (
        <img src={url} alt={alt} />
      ) : (
        <span className="photo-placeholder" role="img" aria-label={alt} />
      )}
      {photo.caption ? <figcaption>{photo.caption}</figcaption> : null}
    </figure>
  );
}
