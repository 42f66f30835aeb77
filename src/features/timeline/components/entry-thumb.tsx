import { mediaKindOf, type Photo } from '@/domain';
import { usePhotoUrl } from '@/hooks';

/** A photo's thumbnail, decrypted only while it is on screen. */
export function EntryThumb({ photo, alt }: { photo: Photo; alt: string }) {
  const url = usePhotoUrl(photo, 'thumb');
  const ratio = photo.width > 0 && photo.height > 0 ? photo.width / photo.height : 4 / 3;
  // A drawing or a paper's page is shown whole (timeline.css): cropping cuts off the child's
  // picture or the paper's words. A photo may fill its box.
  const kind = mediaKindOf(photo);
  const className = kind === 'drawing' || kind === 'paper' ? 'entry-thumb is-whole' : 'entry-thumb';
  return url ? (
    <img className={className} src={url} alt={alt} width={Math.round(120 * ratio)} height={120} />
  ) : (
    <span className={`${className} entry-thumb-placeholder`} role="img" aria-label={alt} />
  );
}
