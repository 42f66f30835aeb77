/**
 * Feelings a child can point at, on a memory and on "Me now". Stored as the emoji itself, so a
 * book opened anywhere (the export, another app) still shows it; the id names it in the UI's
 * words and picks its bundled picture.
 */
export const FEELINGS = [
  { emoji: '😄', id: 'happy' },
  { emoji: '😊', id: 'safe' },
  { emoji: '🥰', id: 'loved' },
  { emoji: '😮', id: 'surprised' },
  { emoji: '😐', id: 'soSo' },
  { emoji: '😟', id: 'worried' },
  { emoji: '😢', id: 'sad' },
  { emoji: '😠', id: 'angry' },
  { emoji: '😨', id: 'scared' },
] as const;

export type FeelingId = (typeof FEELINGS)[number]['id'];

/** The name of a known feeling; undefined for any other emoji a book may hold. */
export function feelingId(emoji: string | undefined): FeelingId | undefined {
  return FEELINGS.find((f) => f.emoji === emoji)?.id;
}
