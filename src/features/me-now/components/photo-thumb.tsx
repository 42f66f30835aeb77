import type { Photo } from '@/domain';
import { usePhotoUrl } from '@/hooks';

export function PhotoThumb({ photo, alt }: { photo: Photo; alt: string }) {
  const url = usePhotoUrl(photo, 'thumb');
  const ratio = photo.width > 0 && photo.height > 0 ? photo.width / photo.height : 4 / 3;
  return (
    <figure className="photo-thumb">
      {url ? (
        <img src={url} alt={alt} width={Math.round(160 * ratio)} height={160} />
      ) : (
        <span className="photo-placeholder" role="img" aria-label={alt} />
      )}
      {photo.caption ? <figcaption>{photo.caption}</figcaption> : null}
    </figure>
  );
}
