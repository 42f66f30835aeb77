import type { Photo } from '@/domain';
import { usePhotoUrl } from '@/hooks';

/** A photo's thumbnail, decrypted only while it is on screen. */
export function EntryThumb({ photo, alt }: { photo: Photo; alt: string }) {
  const url = usePhotoUrl(photo, 'thumb');
  const ratio = photo.width > 0 && photo.height > 0 ? photo.width / photo.height : 4 / 3;
  return url ? (
    <img className="entry-thumb" src={url} alt={alt} width={Math.round(120 * ratio)} height={120} />
  ) : (
    <span className="entry-thumb entry-thumb-placeholder" role="img" aria-label={alt} />
  );
}
