/**
 * Caps on livsbog.json (schema) and on what the reader accepts. They are far above anything a
 * real book reaches and exist so a hostile file cannot make the app allocate without bound.
 */

/** Record ids: the app's are 22 base64url characters; imports from other tools get some room. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** User texts (titles, names, stories, …) have the app's own limits: domain/limits.ts. */
export const TEXT_CAPS = {
  /** Tokens: an emoji, a colour id, a MIME type, a kind. */
  token: 100,
  /** ISO 8601 timestamps. */
  timestamp: 40,
} as const;

export const COUNT_CAPS = {
  entries: 100_000,
  people: 10_000,
  /** Below the reader's file-count cap, which also counts tag and document files. */
  photos: 19_000,
  snapshots: 10_000,
  /** Ids in one list (an entry's people, a photo's entries, …). */
  idList: 10_000,
  links: 1_000,
} as const;

export interface ReadLimits {
  /** Zip entries, folders included. */
  maxEntries: number;
  /** Bytes of any one file once inflated. */
  maxFileBytes: number;
  /** Bytes of all files once inflated. */
  maxTotalBytes: number;
  /** Bytes of livsbog.json. */
  maxJsonBytes: number;
  /** Bytes of each tag file (bagit.txt, manifests, bag-info.txt) and of the central directory. */
  maxTagFileBytes: number;
  /** Nesting of arrays and objects in livsbog.json. */
  maxJsonDepth: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxEntries: 20_000,
  // A photo may be 200 MiB (media/limits.ts); the PDF of a big book is larger.
  maxFileBytes: 512 * 1024 * 1024,
  maxTotalBytes: 16 * 1024 * 1024 * 1024,
  maxJsonBytes: 64 * 1024 * 1024,
  maxTagFileBytes: 16 * 1024 * 1024,
  maxJsonDepth: 64,
};

/** The pack's own file names inside `data/`. */
export const PAYLOAD = {
  readMe: 'LAES-MIG.txt',
  html: 'index.html',
  pdf: 'livsbog.pdf',
  json: 'livsbog.json',
  schema: 'livsbog.schema.json',
  mediaDir: 'media/',
} as const;

export const TAG_FILES = {
  bagit: 'bagit.txt',
  bagInfo: 'bag-info.txt',
  manifest: 'manifest-sha256.txt',
  tagManifest: 'tagmanifest-sha256.txt',
} as const;

export const APP_NAME = 'Livsbog';
export const PACK_FORMAT = 'livsbog-bundle';
