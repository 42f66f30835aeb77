/**
 * Zod schemas of the records in livsbog.json, one per domain type. They mirror
 * src/domain/types.ts field by field (schema.ts checks that at compile time), add caps on every
 * string and array, and are strict: an unknown field is an error, so a newer format cannot be
 * read as this one and silently lose data.
 */
import { z } from 'zod';

import {
  AGE_MODES,
  CLOSENESS,
  CONTACT_FREQUENCIES,
  ENTRY_KINDS,
  FAMILY_LINK_TYPES,
  LOCALES,
  NETWORK_LINES,
  SEASONS,
  SECTORS,
  VISIBILITIES,
} from '@/domain';
import { isTooLong, maxUnits, TEXT_LIMITS, VISIBLE_CHARACTER, type LimitedField } from '@/domain';
import { LIKE_PICTURES_MAX, MEDIA_KINDS, MEDIA_LIMITS } from '@/domain';
import { SECRET_WORDS } from '@/crypto';
import { COUNT_CAPS, ID_PATTERN, TEXT_CAPS } from '../limits';

// The app's CSP has no 'unsafe-eval': zod must not compile validators with `new Function`.
z.config({ jitless: true });

export const idSchema = z.string().regex(ID_PATTERN);
const idList = z.array(idSchema).max(COUNT_CAPS.idList);
const token = z.string().max(TEXT_CAPS.token);

/**
 * A user text under the same limit as its form (domain/limits.ts): an import accepts exactly
 * what the app lets a person write, no more, so a merged or imported book can be edited and
 * exported again. The hard cap in code units is also in the JSON Schema (`maxLength`, which
 * counts code points, so it is never stricter); the count of characters is a refinement.
 */
function limitedText(field: LimitedField) {
  const limit = TEXT_LIMITS[field];
  return z
    .string()
    .max(maxUnits(limit))
    .refine((s) => !isTooLong(s, limit), `at most ${String(limit)} characters`);
}

/** A text the app requires (a name, a title): something in it must show. */
function requiredText(field: LimitedField) {
  return limitedText(field).regex(VISIBLE_CHARACTER, 'empty');
}

/** ISO 8601: a calendar day, optionally with a time and a zone (as `Date#toISOString` writes). */
export const ISO_PATTERN =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
export const timestamp = z.string().max(TEXT_CAPS.timestamp).regex(ISO_PATTERN);

const sector = z.enum(SECTORS);
const closeness = z.literal(CLOSENESS);
const networkLine = z.enum(NETWORK_LINES);

/*
 * Dates are checked for shape, not meaning (a 31 February is let through): the domain's
 * `fuzzyParts` already reads any stored date safely, and an export must never fail on a date the
 * app once accepted.
 */
export const fuzzyDateSchema = z
  .strictObject({
    year: z.int().min(0).max(9999).optional(),
    month: z.int().min(1).max(12).optional(),
    day: z.int().min(1).max(31).optional(),
    season: z.enum(SEASONS).optional(),
    approx: z.boolean().optional(),
    age: z.int().min(0).max(999).optional(),
  })
  .describe(
    'A date a child may only partly know: a year or an age ("when I was 5"), perhaps more.',
  );

export const periodSchema = z.strictObject({
  start: fuzzyDateSchema,
  end: fuzzyDateSchema.optional(),
  ongoing: z.boolean().optional(),
});

const authorSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('child') }),
  z.strictObject({ kind: z.literal('adult'), name: requiredText('name') }),
  z.strictObject({ kind: z.literal('together'), name: limitedText('name').optional() }),
]);

const recordTimes = {
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.optional(),
};

export const entrySchema = z.strictObject({
  id: idSchema,
  bookId: idSchema,
  kind: z.enum(ENTRY_KINDS),
  title: requiredText('title'),
  text: limitedText('story'),
  date: fuzzyDateSchema.optional(),
  period: periodSchema.optional(),
  feeling: token.optional(),
  personIds: idList,
  photoIds: idList,
  author: authorSchema,
  visibility: z.enum(VISIBILITIES),
  protected: z.boolean().optional(),
  place: limitedText('place').optional(),
  sealedUntil: timestamp.optional(),
  subKind: token.optional(),
  ...recordTimes,
});

const familyLinkSchema = z.strictObject({
  type: z.enum(FAMILY_LINK_TYPES),
  personId: idSchema,
  half: z.boolean().optional(),
  step: z.boolean().optional(),
});

export const personSchema = z.strictObject({
  id: idSchema,
  bookId: idSchema,
  name: requiredText('name'),
  relation: limitedText('relation'),
  sector,
  closeness,
  portraitPhotoId: idSchema.optional(),
  note: limitedText('note').optional(),
  hideInSlideshows: z.boolean().optional(),
  contact: z.enum(CONTACT_FREQUENCIES).optional(),
  line: networkLine.optional(),
  links: z.array(familyLinkSchema).max(COUNT_CAPS.links),
  ...recordTimes,
});

const photoFields = {
  id: idSchema,
  bookId: idSchema,
  mime: token,
  width: z.int().min(0).max(1_000_000),
  height: z.int().min(0).max(1_000_000),
  byteLength: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  takenAt: fuzzyDateSchema.optional(),
  caption: limitedText('caption').optional(),
  personIds: idList,
  entryIds: idList,
  hidden: z.boolean().optional(),
  kind: z.enum(MEDIA_KINDS).optional(),
  durationMs: z
    .int()
    .min(0)
    .max(MEDIA_LIMITS.voiceMs * 1000)
    .optional(),
  title: limitedText('title').optional(),
  givenBy: limitedText('name').optional(),
  pageCount: z.int().min(1).max(MEDIA_LIMITS.paperPages).optional(),
  photoIds: idList.optional(),
  ...recordTimes,
};

/**
 * How this device stores the bytes (in pieces, with or without a small picture): true of one
 * device only, so never in the pack. The import sets them again as it stores.
 */
const storageFields = {
  chunks: z.int().min(1).max(1_000_000).optional(),
  thumbless: z.boolean().optional(),
};

/** The stored record (mirrors `Photo`); the pack's records are `packPhotoSchema`. */
export const photoSchema = z.strictObject({ ...photoFields, ...storageFields });

/**
 * An item in the pack (every kind: photo, drawing, voice, video, paper) names its file:
 * `media/` and a safe ASCII name (see names.ts).
 */
export const packPhotoSchema = z.strictObject({
  ...photoFields,
  file: z.string().regex(/^media\/[a-z0-9][a-z0-9._-]{0,99}$/),
});

export const snapshotSchema = z.strictObject({
  id: idSchema,
  bookId: idSchema,
  takenAt: timestamp,
  people: z
    .array(
      z.strictObject({
        personId: idSchema,
        sector,
        closeness,
        line: networkLine.optional(),
      }),
    )
    .max(COUNT_CAPS.people),
});

export const bookRecordSchema = z.strictObject({
  id: idSchema,
  cover: z.strictObject({
    nickname: requiredText('nickname'),
    emoji: token,
    colour: token,
    locale: z.enum(LOCALES),
    ageMode: z.enum(AGE_MODES),
    secretInput: z.enum(['pictures', 'typing']).optional(),
    sample: z.boolean().optional(),
  }),
  details: z.strictObject({
    birthDate: fuzzyDateSchema.optional(),
    meNow: z.strictObject({
      likes: limitedText('meNow'),
      goodAt: limitedText('meNow'),
      proudOf: limitedText('meNow'),
      dreams: limitedText('meNow'),
      feeling: token.optional(),
      // Words of the picture list, each once: what the picker on "Me now" can make, no more.
      likePictures: z
        .array(z.enum(SECRET_WORDS.map((w) => w.da)))
        .max(LIKE_PICTURES_MAX)
        .refine((list) => new Set(list).size === list.length, 'each picture once')
        .optional(),
      photoId: idSchema.optional(),
      voiceIds: z
        .strictObject({
          likes: idSchema.optional(),
          goodAt: idSchema.optional(),
          proudOf: idSchema.optional(),
          dreams: idSchema.optional(),
        })
        .optional(),
      updatedAt: timestamp.optional(),
    }),
    autoLockMinutes: z.int().min(0).max(1_000_000),
    lastExportAt: timestamp.optional(),
    lastChangeAt: timestamp.optional(),
  }),
});
