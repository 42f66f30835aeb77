import { listPhotos, lockBook, readMediaBlob, StorageError } from '@/db';
import type { VoiceRecording } from '@/hooks';
import { dumpAllStores, withFreshDatabase } from '@/testing/db-helpers';
import { VideoFormatError } from '@/media';
import { CHROME_MP4, CHROME_WEBM, WEBM_HEAD } from '@/testing/fake-media-recorder';
import { makeBook } from '@/testing/factories';

import { saveVoiceNote, voiceNoteRecord } from './voice-recorder-save';

withFreshDatabase();

/** What Chrome's recorder hands over (a real WebM or MP4 naming "Chrome"). */
function recording(bytes: Uint8Array = CHROME_WEBM, mime: VoiceRecording['mime'] = 'audio/webm') {
  return {
    blob: new Blob([new Uint8Array(bytes)], { type: mime }),
    mime,
    durationMs: 2345.6,
    url: 'blob:unused',
  } satisfies VoiceRecording;
}

const has = (b: Uint8Array, s: string) => Buffer.from(b).includes(Buffer.from(s));
const hasChrome = (b: Uint8Array) => has(b, 'Chrome');

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
      byteLength: CHROME_WEBM.length,
      chunks: 1,
    });
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    const listed = await listPhotos(bookId);
    expect(listed.items.map((p) => p.id)).toEqual([stored.id]);
    // Stored cleaned: the same length and sound, without the browser's name.
    const back = new Uint8Array(await (await readMediaBlob(bookId, stored)).arrayBuffer());
    expect(hasChrome(CHROME_WEBM)).toBe(true);
    expect(back.length).toBe(CHROME_WEBM.length);
    expect(hasChrome(back)).toBe(false);
    expect(back.filter((v, i) => v !== CHROME_WEBM[i]).length).toBeLessThan(64);
  });

  it("cleans Chrome's MP4 recording too", async () => {
    const { id: bookId } = await makeBook();
    const stored = await saveVoiceNote(bookId, recording(CHROME_MP4, 'audio/mp4'));
    expect(stored.mime).toBe('audio/mp4');
    const back = new Uint8Array(await (await readMediaBlob(bookId, stored)).arrayBuffer());
    expect(back.length).toBe(CHROME_MP4.length);
    // Its handler names the app's library ("SoundHandler"): zeroed like a phone's.
    expect(has(CHROME_MP4, 'SoundHandler')).toBe(true);
    expect(has(back, 'SoundHandler')).toBe(false);
  });

  it('stores nothing of a recording the cleaner refuses', async () => {
    const { id: bookId } = await makeBook();
    const before = await dumpAllStores();
    const junk = Uint8Array.from([...WEBM_HEAD, 1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(saveVoiceNote(bookId, recording(junk))).rejects.toBeInstanceOf(VideoFormatError);
    expect(await dumpAllStores()).toEqual(before);
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
