import type { Photo } from '../../../domain/types';
import { usePhotoUrl } from '../hooks/use-photo-url';

/** A thumbnail in a person's photos, with the child's caption under it. */
export function PersonPhoto({ bookId, photo, alt }: { bookId: string; photo: Photo; alt: string }) {
  const url = usePhotoUrl(bookId, photo);
  return (
    <figure className="person-photo">
      {url ? (
        <img src={url} alt={alt} />
      ) : (
        <span className="photo-placeholder" role="img" aria-label={alt} />
      )}
      {photo.caption ? <figcaption>{photo.caption}</figcaption> : null}
    </figure>
  );
}
