/// <reference lib="webworker" />
/**
 * The import worker's stages one after the other, each timed (issue 16: where does a photo's
 * time go?). It calls the same functions the import worker does, in the same order, but waits
 * for each, so a stage's time is its own; the import itself overlaps the hash and the sealing
 * with the decode. The sealed parts go back to the page, which times the transfer and the write.
 */
import { seal } from '../../../src/crypto/seal';
import { sha256Hex } from '../../../src/crypto/hash';
import { drawPictures } from '../../../src/media/browser-codec';
import { cleanImage, isByteCleanType } from '../../../src/media/clean-image';
import { decodeSource } from '../../../src/media/process-photo';
import { readPhotoMetadata } from '../../../src/media/read-exif';
import { SNIFF_BYTES, sniffType } from '../../../src/domain/sniff-type';

export interface StageRequest {
  /** The photo the parts are sealed for (their AAD names it). */
  photoId: string;
  file: File;
  key: CryptoKey;
  originalAad: string;
  thumbAad: string;
}

export type StageName = 'read' | 'sniff' | 'exif' | 'clean' | 'decode' | 'hash' | 'seal';

export interface StageReply {
  photoId: string;
  ms: Record<StageName, number>;
  byteLength: number;
  sha256: string;
  width: number;
  height: number;
  original: { iv: Uint8Array; ct: Blob };
  thumb: { iv: Uint8Array; ct: Blob };
  /** performance.timeOrigin + now() at postMessage, for the transfer time on the page. */
  sentAt: number;
}

self.onmessage = async (e: MessageEvent<StageRequest>) => {
  const { photoId, file, key, originalAad, thumbAad } = e.data;
  const ms = {} as Record<StageName, number>;
  let t = performance.now();
  const lap = (stage: StageName) => {
    const now = performance.now();
    ms[stage] = now - t;
    t = now;
  };
  const bytes = new Uint8Array(await file.arrayBuffer());
  lap('read');
  const type = sniffType(bytes.subarray(0, SNIFF_BYTES));
  lap('sniff');
  if (!isByteCleanType(type)) throw new Error(`not a byte-clean type: ${type}`);
  const meta = await readPhotoMetadata(bytes);
  lap('exif');
  const clean = cleanImage(type, bytes, meta.orientation);
  lap('clean');
  // The app's one decode: the thumbnail and the print copy (issue 16), as the import makes them.
  const { thumb, print } = await drawPictures(
    decodeSource(file, bytes, clean),
    clean.width,
    clean.height,
  );
  lap('decode');
  const sha256 = await sha256Hex(clean.bytes);
  lap('hash');
  const thumbBytes = new Uint8Array(await thumb.arrayBuffer());
  const printBytes = print ? new Uint8Array(await print.arrayBuffer()) : undefined;
  const [o, s] = await Promise.all([
    seal(key, clean.bytes, originalAad),
    seal(key, thumbBytes, thumbAad),
    printBytes ? seal(key, printBytes, `${thumbAad}:print`) : undefined,
  ]);
  const original = { iv: o.iv, ct: new Blob([o.ct]) };
  const small = { iv: s.iv, ct: new Blob([s.ct]) };
  lap('seal');
  const reply: StageReply = {
    photoId,
    ms,
    byteLength: clean.bytes.byteLength,
    sha256,
    width: clean.width,
    height: clean.height,
    original,
    thumb: small,
    sentAt: performance.timeOrigin + performance.now(),
  };
  self.postMessage(reply);
};
