/**
 * The schema of livsbog.json, as zod (to validate an import) and as JSON Schema 2020-12 (written
 * beside it as livsbog.schema.json, so the file can be checked without this app).
 */
import { z } from 'zod';

import type { BookCover, BookDetails, Entry, NetworkSnapshot, Person, Photo } from '@/domain';
import { PackError } from '../errors';
import { PACK_FORMAT, COUNT_CAPS, TEXT_CAPS } from '../limits';
import {
  bookRecordSchema,
  packPhotoSchema,
  entrySchema,
  personSchema,
  photoSchema,
  snapshotSchema,
  timestamp,
} from './schema-records';
import type { PackJson, PackPhoto } from '../types';

/**
 * The version this build writes and the newest it reads. Raise it for any change to the file.
 * 2 added "Me now" chosen by picture (`meNow.feeling`, `meNow.likePictures`); 3 added every kind
 * of memory (a photo's `kind`, `durationMs`, `title`, `givenBy`, `pageCount`, `photoIds`, and
 * `meNow.voiceIds`). Every field of an older version is in the newer one unchanged, so packs of
 * version 1 and 2 still read (migratePackJson: an item without a kind is a photo).
 */
export const CURRENT_SCHEMA_VERSION = 3;
/** The versions this build reads. */
const READ_VERSIONS = [1, 2, 3] as const;

/** Fields that came with version 3: an older pack that has them was not written by this app. */
const V3_PHOTO_FIELDS = ['kind', 'durationMs', 'title', 'givenBy', 'pageCount', 'photoIds'];

export const SCHEMA_ID = `urn:livsbog:schema:livsbog-bundle:${String(CURRENT_SCHEMA_VERSION)}`;

const leftOutCount = z.int().min(0).max(Number.MAX_SAFE_INTEGER);

export const packSchema = z
  .strictObject({
    format: z.literal(PACK_FORMAT),
    schemaVersion: z.literal(READ_VERSIONS),
    exportedAt: timestamp,
    app: z.strictObject({
      name: z.string().max(TEXT_CAPS.token),
      version: z.string().max(TEXT_CAPS.token),
    }),
    book: bookRecordSchema,
    entries: z.array(entrySchema).max(COUNT_CAPS.entries),
    people: z.array(personSchema).max(COUNT_CAPS.people),
    photos: z.array(packPhotoSchema).max(COUNT_CAPS.photos),
    snapshots: z.array(snapshotSchema).max(COUNT_CAPS.snapshots),
    leftOut: z
      .strictObject({
        onlyMe: leftOutCount,
        protectedPlaces: leftOutCount,
        hiddenPhotos: leftOutCount,
        onlyMePhotos: leftOutCount,
      })
      .describe('How many items the person exporting chose to leave out of this pack.'),
  })
  .superRefine((json, ctx) => {
    if (json.schemaVersion >= 3) return;
    json.photos.forEach((photo, i) => {
      for (const field of V3_PHOTO_FIELDS) {
        if (field in photo) {
          ctx.addIssue({ code: 'custom', path: ['photos', i, field], message: 'version 3 field' });
        }
      }
    });
    if (json.book.details.meNow.voiceIds !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['book', 'details', 'meNow', 'voiceIds'],
        message: 'version 3 field',
      });
    }
  });

/**
 * The value as a pack, or PackError 'schema-invalid' naming the first wrong field: the same check
 * guards a pack read from a file and one about to be written, so both report it alike.
 */
export function checkPackSchema(value: unknown): PackJson {
  const parsed = packSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PackError(
      'schema-invalid',
      `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    );
  }
  return parsed.data;
}

let jsonSchema: Record<string, unknown> | undefined;

/** The JSON Schema (2020-12) of livsbog.json, with `$schema` and `$id`. */
export function packJsonSchema(): Record<string, unknown> {
  jsonSchema ??= {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'livsbog.json',
    description: `Every record of one Livsbog life-story book (format livsbog-bundle, schema version ${String(CURRENT_SCHEMA_VERSION)}).`,
    ...z.toJSONSchema(packSchema, { target: 'draft-2020-12' }),
  };
  return jsonSchema;
}

/*
 * Compile-time proof that the schemas mirror the domain types exactly: adding, removing or
 * changing a field in src/domain/types.ts breaks the build here until the schema follows (and
 * `CURRENT_SCHEMA_VERSION` is raised if the file changes).
 */
type Same<A, B> =
  // The standard exact-type-equality idiom: its lone generic T is the point, not a mistake.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Infer<S extends z.ZodType> = z.infer<S>;

export const schemaMirrorsDomain: [
  Same<Infer<typeof entrySchema>, Entry>,
  Same<Infer<typeof personSchema>, Person>,
  Same<Infer<typeof photoSchema>, Photo>,
  Same<Infer<typeof packPhotoSchema>, PackPhoto>,
  Same<Infer<typeof snapshotSchema>, NetworkSnapshot>,
  Same<Infer<typeof bookRecordSchema>['cover'], BookCover>,
  Same<Infer<typeof bookRecordSchema>['details'], BookDetails>,
  Same<Infer<typeof packSchema>, PackJson>,
] = [true, true, true, true, true, true, true, true];
