import type { Closeness, ContactFrequency, NetworkLine, Sector } from '../../../domain/types';

/** Clockwise from the top of the network map; home-like sectors sit next to each other. */
export const SECTORS: readonly Sector[] = [
  'family',
  'relatives',
  'placement',
  'school-work',
  'leisure',
  'friends',
  'professionals',
];

export const CLOSENESS: readonly Closeness[] = [1, 2, 3];

/** Names for the rings in translation keys (i18next keys cannot be numbers). */
export const CLOSENESS_KEY = { 1: 'closest', 2: 'close', 3: 'further' } as const satisfies Record<
  Closeness,
  string
>;

export const CONTACT_FREQUENCIES: readonly ContactFrequency[] = [
  'daily',
  'weekly',
  'monthly',
  'rarely',
  'never',
];

export const NETWORK_LINES: readonly NetworkLine[] = ['strong', 'weak', 'difficult'];

/** A picture per sector, so a young child can find the right one without reading. */
export const SECTOR_EMOJI: Record<Sector, string> = {
  family: '🏠',
  relatives: '🌳',
  placement: '🛋️',
  'school-work': '🎒',
  leisure: '⚽',
  friends: '🤝',
  professionals: '🗂️',
};

/** Soft tints of the app's cover colours; dark text keeps AA contrast on every one. */
export const SECTOR_TINT: Record<Sector, string> = {
  family: '#ffe58a',
  relatives: '#ffc2a8',
  placement: '#f9c6d9',
  'school-work': '#bfe0fb',
  leisure: '#cdebb0',
  friends: '#dcccf5',
  professionals: '#ead9bf',
};

export function isSector(v: unknown): v is Sector {
  return typeof v === 'string' && (SECTORS as readonly string[]).includes(v);
}

export function isCloseness(v: unknown): v is Closeness {
  return v === 1 || v === 2 || v === 3;
}

export function isContactFrequency(v: unknown): v is ContactFrequency {
  return typeof v === 'string' && (CONTACT_FREQUENCIES as readonly string[]).includes(v);
}

export function isNetworkLine(v: unknown): v is NetworkLine {
  return typeof v === 'string' && (NETWORK_LINES as readonly string[]).includes(v);
}
