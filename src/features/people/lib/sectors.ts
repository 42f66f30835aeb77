import type { Sector } from '@/domain';

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
