/**
 * Every kind of memory a book holds besides text: photos, the child's drawings, voice notes,
 * videos and papers (a school report, a letter from mum). Each is one row of the `photos` table
 * (a `Photo` record with a `kind`), so the bin, visibility, people, entries, counts and the
 * moving pack treat every kind the same way. Records stored before there were kinds have none:
 * they are photos.
 */
import type { Photo } from './types';

export const MEDIA_KINDS = ['photo', 'drawing', 'voice', 'video', 'paper'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export function isMediaKind(v: unknown): v is MediaKind {
  return (MEDIA_KINDS as readonly unknown[]).includes(v);
}

/** The kind of a stored item; an item from before kinds existed is a photo. */
export function mediaKindOf(item: Pick<Photo, 'kind'>): MediaKind {
  return item.kind ?? 'photo';
}

/** Kinds shown as a picture wherever photos show (gallery, slideshow, "look together", PDF). */
export function isPicture(kind: MediaKind): boolean {
  return kind === 'photo' || kind === 'drawing';
}

/**
 * Kinds that have a small picture (`thumb` blob): photos and drawings, a video's poster frame and
 * a paper's first page when one could be drawn. A voice note has none; the app draws an icon.
 */
export function hasThumb(item: Pick<Photo, 'kind' | 'thumbless'>): boolean {
  return mediaKindOf(item) !== 'voice' && item.thumbless !== true;
}

/** The types each kind may be stored as (sniffed from the bytes, never taken from a file name). */
export const MEDIA_TYPES: Readonly<Record<MediaKind, readonly string[]>> = {
  photo: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
  drawing: ['image/png'],
  voice: ['audio/webm', 'audio/mp4', 'audio/ogg'],
  video: ['video/mp4', 'video/quicktime', 'video/webm'],
  paper: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/gif'],
};

/**
 * Large bytes are sealed and stored in pieces of this many clear bytes (the last one shorter),
 * so a 500 MB video never sits in memory whole and plays back piece by piece.
 */
export const MEDIA_CHUNK_BYTES = 4 * 1024 * 1024;

/** Limits per item, checked on import, recording and pack import alike. */
export const MEDIA_LIMITS = {
  /** A voice note: ten minutes; the recorder stops itself there. */
  voiceMs: 10 * 60 * 1000,
  /** A voice note's bytes (ten minutes of Opus or AAC is about 5–10 MB). */
  voiceBytes: 50 * 1024 * 1024,
  /** A video file. */
  videoBytes: 500 * 1024 * 1024,
  /** A paper (PDF or scan). */
  paperBytes: 50 * 1024 * 1024,
  /** Pages of a PDF paper. */
  paperPages: 500,
  /** A drawing's PNG. */
  drawingBytes: 20 * 1024 * 1024,
} as const;
