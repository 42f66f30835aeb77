import { COVER_TINT, TEXT_LIMITS, type CoverColour } from '@/domain';

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

/** The cover colours, in their order in COVER_TINT (the one list of them and of their tints). */
export const COLOURS = Object.keys(COVER_TINT) as [CoverColour, ...CoverColour[]];

/** Short enough for the shelf and the lock screen; the same limit in every form and the pack. */
export const NICKNAME_MAX = TEXT_LIMITS.nickname;
