import exifr from 'exifr';

import type { FuzzyDate } from '@/domain';

import { exifDateToFuzzy } from './exif-date';
import { toOrientation, type Orientation } from './exif-orientation';

export interface PhotoMetadata {
  orientation: Orientation;
  takenAt?: FuzzyDate;
}

/** Only what the book keeps; exifr skips every other block (GPS, XMP, IPTC, maker notes). */
const OPTIONS = {
  pick: ['Orientation', 'DateTimeOriginal', 'CreateDate'],
  translateValues: false,
  reviveValues: false,
};

function field(out: unknown, name: string): unknown {
  return typeof out === 'object' && out !== null
    ? (out as Record<string, unknown>)[name]
    : undefined;
}

/**
 * Reads the orientation and the capture date with exifr. Takes a Uint8Array, never a Blob or an
 * ArrayBuffer (TOOLCHAIN pitfall 3: exifr's realm checks fail on those under jsdom). Damaged
 * metadata never costs the child a photo: it just means "upright, date unknown".
 */
export async function readPhotoMetadata(bytes: Uint8Array): Promise<PhotoMetadata> {
  let out: unknown;
  try {
    out = await exifr.parse(bytes, OPTIONS);
  } catch {
    return { orientation: 1 };
  }
  const takenAt =
    exifDateToFuzzy(field(out, 'DateTimeOriginal')) ?? exifDateToFuzzy(field(out, 'CreateDate'));
  return { orientation: toOrientation(field(out, 'Orientation')), ...(takenAt ? { takenAt } : {}) };
}
