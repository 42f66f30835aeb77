import { useEffect, useState } from 'react';

import { photoUrl } from '../../../db/photos-repo';
import { releaseObjectUrl } from '../../../db/session';
import type { Photo } from '../../../domain/types';

/**
 * Decrypts a photo (or its thumbnail) into an object URL while the component shows it, and frees
 * it when the component goes: a gallery of 10,000 photos only ever holds the visible ones.
 */
export function usePhotoUrl(
  photo: Photo | undefined,
  role: 'thumb' | 'original',
): string | undefined {
  const [made, setMade] = useState<{ key: string; url: string }>();
  const key = photo ? `${photo.bookId}:${photo.id}:${role}` : '';
  useEffect(() => {
    if (!photo) return;
    let url: string | undefined;
    let cancelled = false;
    // Thumbnails are always JPEG; originals keep their own type.
    const mime = role === 'thumb' ? 'image/jpeg' : photo.mime;
    photoUrl(photo.bookId, photo.id, role, mime).then(
      (u) => {
        if (cancelled) releaseObjectUrl(photo.bookId, u);
        else {
          url = u;
          setMade({ key, url: u });
        }
      },
      () => {
        setMade(undefined);
      },
    );
    return () => {
      cancelled = true;
      if (url) releaseObjectUrl(photo.bookId, url);
    };
    // The photo's identity is its key; a changed caption must not reload the picture.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return made?.key === key ? made.url : undefined;
}
