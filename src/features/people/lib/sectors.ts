import type { Closeness, Sector } from '@/domain';

/** Names for the rings in translation keys (i18next keys cannot be numbers). */
export const CLOSENESS_KEY = { 1: 'closest', 2: 'close', 3: 'further' } as const satisfies Record<
  Closeness,
  string
>;

/** A picture per sector, so a young child can find the right one without reading. */
export const SECTOR_EMOJI: Readonly<Record<Sector, string>> = {
  family: '🏠',
  relatives: '🌳',
  placement: '🛋️',
  'school-work': '🎒',
  leisure: '⚽',
  friends: '🤝',
  professionals: '🗂️',
};
