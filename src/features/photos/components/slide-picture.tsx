import type { Photo } from '@/domain';
import { usePhotoUrl } from '@/hooks';

/** One slide's picture in full quality; the thumbnail stands in while the original opens. */
export function SlidePicture({ photo, alt }: { photo: Photo; alt: string }) {
  const original = usePhotoUrl(photo, 'original');
  const thumb = usePhotoUrl(photo, 'thumb');
  const url = original ?? thumb;
  return url ? (
    <img className="slide-picture" src={url} alt={alt} draggable={false} data-photo-id={photo.id} />
  ) : (
    <span className="slide-picture gallery-placeholder" role="img" aria-label={alt} />
  );
}
