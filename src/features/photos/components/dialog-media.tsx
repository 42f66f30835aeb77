import { MediaPlayer } from '@/components';
import { hasThumb, mediaKindOf, type Photo } from '@/domain';
import { usePhotoPicture } from '@/hooks';

import { DialogPicture } from './dialog-picture';
import { PaperView } from './paper-view';

/** What the dialog shows of an item, by its kind: a picture, a player, or a paper. */
export function DialogMedia({ item, label }: { item: Photo; label: string }) {
  const kind = mediaKindOf(item);
  if (kind === 'paper') return <PaperView paper={item} label={label} />;
  if (kind === 'voice' || kind === 'video') return <DialogPlayer item={item} label={label} />;
  return <DialogPicture photo={item} label={label} />;
}

/** A voice note or a video; a video shows its poster frame until it plays. */
function DialogPlayer({ item, label }: { item: Photo; label: string }) {
  const { url: poster } = usePhotoPicture(hasThumb(item) ? item : undefined, 'thumb');
  return <MediaPlayer item={item} label={label} poster={poster} />;
}
