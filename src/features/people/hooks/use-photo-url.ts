import { useEffect, useState } from 'react';

import { photoUrl } from '../../../db/photos-repo';
import { releaseObjectUrl } from '../../../db/session';

/** Decrypts a photo into an object URL for as long as the component shows it. */
export function usePhotoUrl(
  bookId: string,
  photo: { id: string; mime: string } | undefined,
  role: 'thumb' | 'original' = 'thumb',
): string | undefined {
  const [url, setUrl] = useState<{ id: string; url: string }>();
  const id = photo?.id;
  const mime = photo?.mime ?? 'image/jpeg';
  useEffect(() => {
    if (!id) return;
    let made: string | undefined;
    let cancelled = false;
    photoUrl(bookId, id, role, mime).then(
      (u) => {
        if (cancelled) releaseObjectUrl(bookId, u);
        else {
          made = u;
          setUrl({ id, url: u });
        }
      },
      () => {
        // A photo that does not open shows as initials; the photos area reports the damage.
      },
    );
    return () => {
      cancelled = true;
      if (made) releaseObjectUrl(bookId, made);
    };
  }, [bookId, id, mime, role]);
  return id && url?.id === id ? url.url : undefined;
}
