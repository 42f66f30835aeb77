/**
 * The closed lists of the book, each written once. The domain types, the moving pack's schema
 * (src/pack/schema-records.ts) and the UI's choices all derive from these, so a new sector or
 * kind cannot reach one and miss another.
 */

/** Entry kinds in the order of the kind picker: where I lived and learnt, then moments, words and wishes. */
export const ENTRY_KINDS = [
  'home',
  'school',
  'leisure',
  'event',
  'memory',
  'letter',
  'dream',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const VISIBILITIES = ['book', 'only-me'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** How the app speaks to the child and what it shows, from the youngest to the teens. */
export const AGE_MODES = ['young', 'middle', 'teen'] as const;
export type AgeMode = (typeof AGE_MODES)[number];

/** The languages of the app and of a book. */
export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Sectors clockwise from the top of the network map; home-like sectors sit next to each other. */
export const SECTORS = [
  'family',
  'relatives',
  'placement',
  'school-work',
  'leisure',
  'friends',
  'professionals',
] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * The cover colours a child can choose, as soft tints (light; app/styles/tokens.css names the
 * same as --c-*, with dark ones beside them): the book's cover in index.html and the PDF, and the
 * sectors of the map; dark text keeps AA contrast on every one.
 */
export const COVER_TINT = {
  sun: '#ffe58a',
  coral: '#ffc2a8',
  rose: '#f9c6d9',
  lilac: '#dcccf5',
  sky: '#bfe0fb',
  sea: '#b7e8dc',
  leaf: '#cdebb0',
  sand: '#ead9bf',
} as const;
export type CoverColour = keyof typeof COVER_TINT;

/** Each sector's cover colour (features/people/people.css paints the app's map with the same). */
export const SECTOR_COLOUR: Readonly<Record<Sector, CoverColour>> = {
  family: 'sun',
  relatives: 'coral',
  placement: 'rose',
  'school-work': 'sky',
  leisure: 'leaf',
  friends: 'lilac',
  professionals: 'sand',
};

/** The tint of each sector, for the map in the app and in the PDF. */
export const SECTOR_TINT = Object.fromEntries(
  SECTORS.map((sector) => [sector, COVER_TINT[SECTOR_COLOUR[sector]]]),
) as Readonly<Record<Sector, string>>;

/** The rings of the network map, closest first. */
export const CLOSENESS = [1, 2, 3] as const;
export type Closeness = (typeof CLOSENESS)[number];

/** How often the child sees someone (asked for siblings first, allowed for everyone). */
export const CONTACT_FREQUENCIES = ['daily', 'weekly', 'monthly', 'rarely', 'never'] as const;
export type ContactFrequency = (typeof CONTACT_FREQUENCIES)[number];

/** How the line between the child and a person is drawn on the network map. */
export const NETWORK_LINES = ['strong', 'weak', 'difficult'] as const;
export type NetworkLine = (typeof NETWORK_LINES)[number];

export const FAMILY_LINK_TYPES = ['parent-of', 'sibling-of', 'partner-of'] as const;
export type FamilyLinkType = (typeof FAMILY_LINK_TYPES)[number];

function isOneOf<T extends string | number>(list: readonly T[], v: unknown): v is T {
  return (list as readonly unknown[]).includes(v);
}

export function isSector(v: unknown): v is Sector {
  return isOneOf(SECTORS, v);
}

export function isCloseness(v: unknown): v is Closeness {
  return isOneOf(CLOSENESS, v);
}

export function isContactFrequency(v: unknown): v is ContactFrequency {
  return isOneOf(CONTACT_FREQUENCIES, v);
}

export function isNetworkLine(v: unknown): v is NetworkLine {
  return isOneOf(NETWORK_LINES, v);
}
