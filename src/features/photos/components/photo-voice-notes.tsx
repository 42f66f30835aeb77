import { VoiceNotes } from '@/components';
import { mediaKindOf } from '@/domain';
import type { Photo } from '@/domain';

import { usePhotoList } from '../hooks/use-photo-data';

/**
 * Voice notes that belong to a photo or a drawing (`photoIds`): they play here, and with the
 * picture in the slideshow. One more can be recorded for it.
 */
export function PhotoVoiceNotes({ photo }: { photo: Photo }) {
  const list = usePhotoList(photo.bookId);
  const notes = (list?.items ?? []).filter(
    (p) => mediaKindOf(p) === 'voice' && !p.deletedAt && (p.photoIds ?? []).includes(photo.id),
  );
  return <VoiceNotes bookId={photo.bookId} notes={notes} links={{ photoIds: [photo.id] }} />;
}
