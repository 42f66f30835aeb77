import { useEffect, useMemo, useState } from 'react';

import { photoUrl } from '@/db';
import { releaseObjectUrl } from '@/db';
import type { Person, Photo } from '@/domain';

/**
 * Thumbnail URLs of many people's portraits at once (for the map and the family tree), keyed by
 * person id. URLs are released when the set of portraits changes or the view closes.
 */
export function usePortraitUrls(
  bookId: string,
  people: readonly Person[],
  photos: readonly Photo[] | undefined,
): ReadonlyMap<string, string> {
  const wanted = useMemo(() => {
    const byId = new Map((photos ?? []).map((p) => [p.id, p]));
    return people.flatMap((person) => {
      const photo = person.portraitPhotoId ? byId.get(person.portraitPhotoId) : undefined;
      return photo ? [{ personId: person.id, photoId: photo.id, mime: photo.mime }] : [];
    });
  }, [people, photos]);
  const key = wanted.map((w) => `${w.personId}:${w.photoId}`).join(',');
  const [urls, setUrls] = useState<{ key: string; map: Map<string, string> }>({
    key: '',
    map: new Map(),
  });
  useEffect(() => {
    if (wanted.length === 0) return;
    let cancelled = false;
    const made: string[] = [];
    void Promise.all(
      wanted.map(async (w) => {
        try {
          const url = await photoUrl(bookId, w.photoId, 'thumb', w.mime);
          if (cancelled) {
            releaseObjectUrl(bookId, url);
            return undefined;
          }
          made.push(url);
          return [w.personId, url] as const;
        } catch {
          return undefined;
        }
      }),
    ).then((pairs) => {
      if (cancelled) return;
      setUrls({ key, map: new Map(pairs.filter((p) => p !== undefined)) });
    });
    return () => {
      cancelled = true;
      for (const u of made) releaseObjectUrl(bookId, u);
    };
    // `key` stands for `wanted`: a new array with the same portraits must not reload them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bookId, key]);
  return urls.key === key ? urls.map : EMPTY;
}

const EMPTY: ReadonlyMap<string, string> = new Map();
