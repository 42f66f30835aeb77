import { useEffect, useState } from 'react';

import { isDamaged } from '../../../db/errors';
import { photoUrl } from '../../../db/photos-repo';
import { releaseObjectUrl } from '../../../db/session';
import type { Photo } from '../../../domain/types';

export interface PhotoPicture {
  /** The decrypted picture, once it is ready. */
  url?: string;
  /** The stored bytes no longer open: say so, rather than wait for a picture that never comes. */
  damaged: boolean;
}

/**
 * Decrypts a photo (or its thumbnail) into an object URL while the component shows it, and frees
 * it when the component goes: a gallery of 10,000 photos only ever holds the visible ones.
 */
export function usePhotoPicture(
  photo: Photo | undefined,
  role: 'thumb' | 'original',
): PhotoPicture {
  const [made, setMade] = useState<{ key: string; url?: string; damaged: boolean }>();
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
          setMade({ key, url: u, damaged: false });
        }
      },
      (e: unknown) => {
        if (!cancelled) setMade({ key, damaged: isDamaged(e) });
      },
    );
    return () => {
      cancelled = true;
      if (url) releaseObjectUrl(photo.bookId, url);
    };
    // The photo's identity is its key; a changed caption must not reload the picture.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return made?.key === key ? { url: made.url, damaged: made.damaged } : { damaged: false };
}

/** The picture's object URL alone, for places that show nothing until it is ready. */
export function usePhotoUrl(
  photo: Photo | undefined,
  role: 'thumb' | 'original',
): string | undefined {
  return usePhotoPicture(photo, role).url;
}
