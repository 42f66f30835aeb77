import { useEffect, useState } from 'react';

import { photoUrl } from '../../../db/photos-repo';
import { releaseObjectUrl } from '../../../db/session';

/** Decrypts a photo into an object URL for as long as the component shows it. */
export function usePhotoUrl(
  bookId: string,
  photoId: string | undefined,
  mime: string,
  role: 'thumb' | 'original',
): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!photoId) return;
    let made: string | undefined;
    let cancelled = false;
    photoUrl(bookId, photoId, role, mime).then(
      (u) => {
        if (cancelled) releaseObjectUrl(bookId, u);
        else {
          made = u;
          setUrl(u);
        }
      },
      () => {
        setUrl(undefined);
      },
    );
    return () => {
      cancelled = true;
      if (made) releaseObjectUrl(bookId, made);
    };
  }, [bookId, photoId, mime, role]);
  return photoId ? url : undefined;
}
