import { listPhotos, lockBook, readMediaBlob, StorageError } from '@/db';
import type { VoiceRecording } from '@/hooks';
import { dumpAllStores, withFreshDatabase } from '@/testing/db-helpers';
import { WEBM_HEAD } from '@/testing/fake-media-recorder';
import { makeBook } from '@/testing/factories';

import { saveVoiceNote, voiceNoteRecord } from './voice-recorder-save';

withFreshDatabase();

function recording(size = 3000): VoiceRecording {
  const bytes = new Uint8Array(size);
  bytes.set(WEBM_HEAD);
  for (let i = WEBM_HEAD.length; i < size; i += 1) bytes[i] = i & 0xff;
  return {
    blob: new Blob([bytes], { type: 'audio/webm' }),
    mime: 'audio/webm',
    durationMs: 2345.6,
    url: 'blob:unused',
  };
}

describe('saving a voice note', () => {
  it('stores the bytes sealed, with kind, type, length, day and links', async () => {
    const { id: bookId } = await makeBook();
    const rec = recording();
    const now = new Date(2026, 11, 7, 10, 0);
    const stored = await saveVoiceNote(
      bookId,
      rec,
      { entryIds: ['e1'], photoIds: ['p1', 'p1'], personIds: ['x'] },
      now,
    );

    expect(stored).toMatchObject({
      kind: 'voice',
      mime: 'audio/webm',
      durationMs: 2346,
      takenAt: { year: 2026, month: 12, day: 7 },
      entryIds: ['e1'],
      personIds: ['x'],
      photoIds: ['p1'],
      byteLength: 3000,
      chunks: 1,
    });
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    const listed = await listPhotos(bookId);
    expect(listed.items.map((p) => p.id)).toEqual([stored.id]);
    const back = await readMediaBlob(bookId, stored);
    expect(new Uint8Array(await back.arrayBuffer())).toEqual(
      new Uint8Array(await rec.blob.arrayBuffer()),
    );
  });

  it('leaves out links it was not given', () => {
    const item = voiceNoteRecord('b', { mime: 'audio/mp4', durationMs: 10 });
    expect(item).not.toHaveProperty('photoIds');
    expect(item).not.toHaveProperty('title');
    expect(item.personIds).toEqual([]);
  });

  it('writes nothing when the book is locked', async () => {
    const { id: bookId } = await makeBook();
    const before = await dumpAllStores();
    lockBook(bookId);
    await expect(saveVoiceNote(bookId, recording())).rejects.toBeInstanceOf(StorageError);
    expect(await dumpAllStores()).toEqual(before);
  });
});
