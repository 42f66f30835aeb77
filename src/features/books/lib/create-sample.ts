import { sha256Hex } from '@/crypto';
import { generateRecoveryCode } from '@/crypto';
import { createBook, deleteBook, type NewPhoto, addPhotos, putRecords } from '@/db';
import { newId, nowIso } from '@/domain';
import { SAMPLE_PHOTO_COUNT, SAMPLE_SENTENCE } from '@/domain';
import type { FuzzyDate, Locale, Photo } from '@/domain';

import { SAMPLE_BIRTH, buildSampleRecords } from './sample-book';
import { SAMPLE_TEXT } from './sample-content';
import type { SamplePhotoMaker } from './sample-photos';

export interface SampleProgress {
  done: number;
  total: number;
}

function photoDate(i: number): FuzzyDate {
  // Spread over the child's life so the gallery and timeline have something in every period.
  const year = 2015 + Math.floor((i * 11) / SAMPLE_PHOTO_COUNT);
  return { year, month: 1 + ((i * 5) % 12) };
}

/**
 * Creates the sample book. If anything fails half-way, the half-made book is deleted again, so
 * the shelf never shows a broken sample.
 */
export async function createSampleBook(
  locale: Locale,
  makePhoto: SamplePhotoMaker,
  onProgress: (p: SampleProgress) => void,
): Promise<string> {
  const text = SAMPLE_TEXT[locale];
  const bookId = await createBook({
    cover: {
      nickname: text.nickname,
      emoji: '🦋',
      colour: 'lilac',
      locale,
      ageMode: 'middle',
      sample: true,
    },
    details: { birthDate: SAMPLE_BIRTH, meNow: { ...text.meNow } },
    sentence: SAMPLE_SENTENCE,
    recoveryCode: generateRecoveryCode(),
  });
  try {
    const { people, entries } = buildSampleRecords(bookId, locale);
    await putRecords(
      'people',
      bookId,
      people.map((p) => ({ value: p })),
    );
    await putRecords(
      'entries',
      bookId,
      entries.map((e) => ({ value: e })),
    );
    const total = SAMPLE_PHOTO_COUNT;
    onProgress({ done: 0, total });
    for (let i = 0; i < total; i += 1) {
      const made = await makePhoto(i);
      const bytes = new Uint8Array(await made.original.arrayBuffer());
      const now = nowIso();
      const photo: Photo = {
        id: newId(),
        bookId,
        mime: 'image/jpeg',
        width: made.width,
        height: made.height,
        byteLength: bytes.byteLength,
        sha256: await sha256Hex(bytes),
        takenAt: photoDate(i),
        caption: text.captions[i] ?? '',
        personIds: [],
        entryIds: [],
        createdAt: now,
        updatedAt: now,
      };
      const item: NewPhoto = {
        photo,
        original: made.original,
        thumb: made.thumb,
      };
      await addPhotos(bookId, [item]);
      onProgress({ done: i + 1, total });
    }
    return bookId;
  } catch (e) {
    await deleteBook(bookId).catch(() => undefined);
    throw e;
  }
}
