import { addMedia } from '@/db';
import { newId, nowIso } from '@/domain';
import type { Photo } from '@/domain';
import type { VoiceRecording } from '@/hooks';
import { cleanVoice } from '@/media';

/** What a voice note belongs to: an entry, people, photos (it plays with them), a title. */
export interface VoiceLinks {
  entryIds?: readonly string[];
  personIds?: readonly string[];
  photoIds?: readonly string[];
  title?: string;
}

/**
 * The record of a new voice note: `kind: 'voice'`, the sniffed type, the measured length, the
 * day it was recorded. `sha256`, `byteLength` and `chunks` are filled in by `addMedia` from the
 * bytes it stores.
 */
export function voiceNoteRecord(
  bookId: string,
  recording: Pick<VoiceRecording, 'mime' | 'durationMs'>,
  links: VoiceLinks = {},
  now: Date = new Date(),
): Photo {
  const at = nowIso(now);
  return {
    id: newId(),
    bookId,
    kind: 'voice',
    mime: recording.mime,
    width: 0,
    height: 0,
    byteLength: 0,
    sha256: '',
    durationMs: Math.round(recording.durationMs),
    takenAt: { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() },
    personIds: [...new Set(links.personIds ?? [])],
    entryIds: [...new Set(links.entryIds ?? [])],
    ...(links.photoIds?.length ? { photoIds: [...new Set(links.photoIds)] } : {}),
    ...(links.title ? { title: links.title } : {}),
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * Cleans, seals and stores a recording as a voice note (all or nothing); returns the stored
 * record. The browser names itself in what it records (Chrome's WebM says "Chrome" twice, an MP4
 * carries its own tags): the video cleaner removes that first, so only the sound is kept. A
 * recording it refuses throws a VideoFormatError and nothing is stored.
 */
export async function saveVoiceNote(
  bookId: string,
  recording: VoiceRecording,
  links: VoiceLinks = {},
  now: Date = new Date(),
): Promise<Photo> {
  // The type stays the recorder's, sniffed from the same bytes the cleaner reads.
  const cleaned = await cleanVoice(recording.blob);
  return addMedia(bookId, voiceNoteRecord(bookId, recording, links, now), cleaned.blob);
}
