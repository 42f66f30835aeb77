import { seal } from '@/crypto';
import type { Photo } from '@/domain';
import type { SealedImportPhoto } from './pack-protocol';

/**
 * One imported photo, made ready to store: bytes and thumbnail are sealed for the target book.
 * The bytes are the pack's photo after the import's own cleaning (prepare-pack-photos.ts), and
 * the thumbnail is the one its decode drew; without one it is drawn here. A photo that does not
 * decode fails the import: it never comes along with its own bytes standing in as thumbnail.
 */
export async function sealImportPhoto(
  key: CryptoKey,
  photo: Photo,
  bytes: Blob,
  aads: { originalAad: string; thumbAad: string },
  thumbnail: (bytes: Blob, width: number, height: number) => Promise<Blob>,
  drawn?: Blob,
): Promise<SealedImportPhoto> {
  const thumb = drawn ?? (await thumbnail(bytes, photo.width, photo.height));
  const [original, small] = await Promise.all([
    seal(key, new Uint8Array(await bytes.arrayBuffer()), aads.originalAad),
    seal(key, new Uint8Array(await thumb.arrayBuffer()), aads.thumbAad),
  ]);
  // Blobs, not buffers: Chromium keeps large ciphertext on disk until the commit stores it.
  return {
    photoId: photo.id,
    original: { iv: original.iv, ct: new Blob([original.ct]) },
    thumb: { iv: small.iv, ct: new Blob([small.ct]) },
  };
}
