import { seal } from '../crypto/seal';
import type { Photo } from '../domain/types';
import type { SealedImportPhoto } from './handover-protocol';

/**
 * One imported photo, made ready to store: its thumbnail is drawn from the bundle's bytes (the
 * bundle carries none), and bytes and thumbnail are sealed for the target book. The bytes are
 * stored exactly as they came, so a later export gives the same file.
 */
export async function sealImportPhoto(
  key: CryptoKey,
  photo: Photo,
  bytes: Blob,
  aads: { originalAad: string; thumbAad: string },
  thumbnail: (bytes: Blob, width: number, height: number) => Promise<Blob>,
): Promise<SealedImportPhoto> {
  // A photo that passed the type check but that this browser cannot decode still comes along
  // whole; its own bytes stand in for the thumbnail rather than failing the whole import.
  const thumb = await thumbnail(bytes, photo.width, photo.height).catch(() => bytes);
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
