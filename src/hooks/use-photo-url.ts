import { useEffect, useState } from 'react';

import { isDamaged } from '@/db';
import { photoUrl } from '@/db';
import { releaseObjectUrl } from '@/db';
import type { Photo } from '@/domain';

/** What a sealed picture needs to be found and opened: any stored Photo will do. */
export type PhotoSource = Pick<Photo, 'bookId' | 'id' | 'mime'>;

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
  photo: PhotoSource | undefined,
  role: 'thumb' | 'original',
): PhotoPicture {
  const [made, setMade] = useState<{ key: string; url?: string; damaged: boolean }>();
  // Thumbnails are always JPEG; originals keep their own type.
  const mime = role === 'thumb' ? 'image/jpeg' : (photo?.mime ?? '');
  const key = photo ? `${photo.bookId}:${photo.id}:${role}:${mime}` : '';
  const bookId = photo?.bookId ?? '';
  const id = photo?.id ?? '';
  useEffect(() => {
    if (!key) return;
    let url: string | undefined;
    let cancelled = false;
    photoUrl(bookId, id, role, mime).then(
      (u) => {
        if (cancelled) releaseObjectUrl(bookId, u);
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
      if (url) releaseObjectUrl(bookId, url);
    };
  }, [key, bookId, id, role, mime]);
  // A URL made for another photo is never shown (it is being released).
  return made?.key === key ? { url: made.url, damaged: made.damaged } : { damaged: false };
}

/** The picture's object URL alone, for places that show nothing until it is ready. */
export function usePhotoUrl(
  photo: PhotoSource | undefined,
  role: 'thumb' | 'original',
): string | undefined {
  return usePhotoPicture(photo, role).url;
}
