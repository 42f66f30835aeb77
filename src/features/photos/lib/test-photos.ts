import type { Photo } from '@/domain';

let n = 0;

/** A photo record for pure tests (no bytes): ids count up so the order is stable. */
export function makePhotoRecord(overrides: Partial<Photo>): Photo {
  n += 1;
  return {
    id: `photo-${String(n).padStart(5, '0')}`,
    bookId: 'book',
    mime: 'image/jpeg',
    width: 400,
    height: 300,
    byteLength: 1000,
    sha256: `hash-${n}`,
    personIds: [],
    entryIds: [],
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...overrides,
  };
}
