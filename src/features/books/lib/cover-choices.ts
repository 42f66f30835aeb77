import { TEXT_LIMITS } from '@/domain';

/** The pictures and colours a child can choose for the cover; ids name i18n keys. */
export const AVATARS = [
  { id: 'fox', emoji: '🦊' },
  { id: 'cat', emoji: '🐱' },
  { id: 'dog', emoji: '🐶' },
  { id: 'owl', emoji: '🦉' },
  { id: 'turtle', emoji: '🐢' },
  { id: 'butterfly', emoji: '🦋' },
  { id: 'star', emoji: '⭐' },
  { id: 'rainbow', emoji: '🌈' },
  { id: 'football', emoji: '⚽' },
  { id: 'guitar', emoji: '🎸' },
  { id: 'rocket', emoji: '🚀' },
  { id: 'flower', emoji: '🌻' },
] as const;

export type AvatarId = (typeof AVATARS)[number]['id'];

export const COLOURS = ['sun', 'coral', 'rose', 'lilac', 'sky', 'sea', 'leaf', 'sand'] as const;
export type ColourId = (typeof COLOURS)[number];

/** Short enough for the shelf and the lock screen; the same limit in every form and the pack. */
export const NICKNAME_MAX = TEXT_LIMITS.nickname;
