/**
 * Runs inside Chromium, served by Vite's dev server, so the benchmark measures the app's real
 * sealing and storage code (src/crypto, src/db) rather than a copy of it.
 */
import { wrapRawKey } from '../../../src/crypto/data-key';
import {
  DEFAULT_PBKDF2_ITERATIONS,
  deriveKek,
  newKdfParams,
  type KdfParams,
} from '../../../src/crypto/kdf';
import { createKeyring, unlockWithSentence, type Keyring } from '../../../src/crypto/keyring';
import { generateRecoveryCode } from '../../../src/crypto/recovery-code';
import { createDb } from '../../../src/db/database';
import { addPhotos, createBook, deleteBook, resetConnectionForTests } from '../../../src/db';
import type { Photo } from '../../../src/domain/types';

const MB = 1024 * 1024;

function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(n);
  // getRandomValues fills at most 64 KiB per call; random bytes do not compress, like JPEG data.
  for (let i = 0; i < n; i += 65536)
    crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
  return out;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function describeKdf(kdf: KdfParams): string {
  return kdf.algorithm === 'Argon2id'
    ? `Argon2id m=${kdf.memoryKiB / 1024} MiB t=${kdf.iterations} p=${kdf.parallelism}`
    : `PBKDF2-SHA256 ${kdf.iterations} iterations`;
}

async function medianUnlock(keyring: Keyring, sentence: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    const unlocked = await unlockWithSentence(keyring, sentence);
    times.push(performance.now() - t0);
    unlocked.raw.fill(0);
  }
  return median(times);
}

/**
 * Time to unwrap a book's data key with the production parameters (Argon2id), and with the
 * PBKDF2-SHA256 600,000 that books made before Argon2id still carry until their next unlock.
 */
async function unlockTimes(runs: number): Promise<{
  medianMs: number;
  kdf: string;
  legacyMedianMs: number;
  legacyKdf: string;
}> {
  const sentence = 'sol hest kage båd fisk';
  const { keyring, raw } = await createKeyring(sentence, generateRecoveryCode());
  const kdf = newKdfParams(DEFAULT_PBKDF2_ITERATIONS);
  const legacy: Keyring = {
    ...keyring,
    sentence: { kdf, wrapped: await wrapRawKey(raw, await deriveKek(sentence, kdf)) },
  };
  raw.fill(0);
  return {
    medianMs: await medianUnlock(keyring, sentence, runs),
    kdf: describeKdf(keyring.sentence.kdf),
    legacyMedianMs: await medianUnlock(legacy, sentence, runs),
    legacyKdf: describeKdf(kdf),
  };
}

interface Throughput {
  plainMBps: number;
  sealedMBps: number;
  megabytes: number;
}

/**
 * The same photo bytes written twice in this run: once as plain Blobs straight into an
 * IndexedDB table, once through the app's addPhotos (seal original + thumbnail, one transaction
 * per photo as the app does).
 */
async function sealThroughput(photoCount: number, photoMB: number): Promise<Throughput> {
  const photos = Array.from(
    { length: photoCount },
    () => new Blob([randomBytes(photoMB * MB)], { type: 'image/jpeg' }),
  );
  const thumb = new Blob([randomBytes(30_000)], { type: 'image/jpeg' });
  const total = photoCount * photoMB;

  const plain = createDb('livsbog-bench-plain');
  await plain.open();
  let t0 = performance.now();
  for (const [i, blob] of photos.entries()) {
    await plain.transaction('rw', plain.blobs, async () => {
      await plain.blobs.put({
        id: `p${i}`,
        bookId: 'bench',
        photoId: `p${i}`,
        role: 'original',
        iv: new Uint8Array(12),
        ct: blob,
      });
      await plain.blobs.put({
        id: `t${i}`,
        bookId: 'bench',
        photoId: `p${i}`,
        role: 'thumb',
        iv: new Uint8Array(12),
        ct: thumb,
      });
    });
  }
  const plainSeconds = (performance.now() - t0) / 1000;
  plain.close();
  await plain.delete();

  await resetConnectionForTests();
  const bookId = await createBook({
    cover: { nickname: 'Bench', emoji: '⭐', colour: 'sun', locale: 'en', ageMode: 'teen' },
    sentence: 'bench bench bench bench',
    recoveryCode: generateRecoveryCode(),
  });
  t0 = performance.now();
  for (const [i, blob] of photos.entries()) {
    const now = new Date().toISOString();
    const photo: Photo = {
      id: `photo-${i}`,
      bookId,
      mime: 'image/jpeg',
      width: 4000,
      height: 3000,
      byteLength: blob.size,
      sha256: '',
      personIds: [],
      entryIds: [],
      createdAt: now,
      updatedAt: now,
    };
    await addPhotos(bookId, [{ photo, original: blob, thumb }]);
  }
  const sealedSeconds = (performance.now() - t0) / 1000;
  await deleteBook(bookId);
  await resetConnectionForTests();
  return { plainMBps: total / plainSeconds, sealedMBps: total / sealedSeconds, megabytes: total };
}

declare global {
  interface Window {
    livsbogBench?: { unlockTimes: typeof unlockTimes; sealThroughput: typeof sealThroughput };
  }
}

window.livsbogBench = { unlockTimes, sealThroughput };
document.body.dataset.ready = 'true';
