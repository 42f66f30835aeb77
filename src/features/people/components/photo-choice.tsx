import type { Photo } from '@/domain';
import { usePhotoUrl } from '@/hooks';

/** One photo to choose as a portrait: a radio button whose label is the picture. */
export function PhotoChoice({
  photo,
  name,
  label,
  checked,
  onChoose,
}: {
  photo: Photo;
  name: string;
  label: string;
  checked: boolean;
  onChoose: () => void;
}) {
  const url = usePhotoUrl(photo, 'thumb');
  return (
    <label className="photo-choice portrait-choice">
      <input type="radio" name={name} checked={checked} onChange={onChoose} />
      {url ? <img src={url} alt="" /> : <span className="portrait-choice-placeholder" />}
      <span className="portrait-choice-label">{label}</span>
    </label>
  );
}
