// @vitest-environment node
import Ajv2020 from 'ajv/dist/2020';

import { SECRET_WORDS } from '@/crypto';
import { LIKE_PICTURES_MAX, maxUnits, mediaKindOf, TEXT_LIMITS } from '@/domain';
import { bookDataFromJson, buildPackJson, migratePackJson } from './pack-json';
import { sampleBook } from '@/testing/pack-fixtures';
import { thrownBy } from '@/testing/thrown';
import { PackError } from '../errors';
import { mediaFileNames } from '../names';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_ID,
  checkPackSchema,
  packJsonSchema,
  packSchema,
} from './schema';
import { selectForExport } from '../select';

async function sampleJson(): Promise<Record<string, unknown>> {
  const { data } = await sampleBook();
  const selection = selectForExport(data, {
    includeOnlyMe: true,
    includeProtectedPlaces: true,
    includeHiddenPhotos: true,
  });
  const json = buildPackJson(selection, {
    exportedAt: new Date('2026-03-02T12:00:00Z'),
    appVersion: '0.1.0',
    mediaNames: mediaFileNames(selection.data.photos),
  });
  return JSON.parse(JSON.stringify(json)) as Record<string, unknown>;
}

function meNowOf(json: Record<string, unknown>): Record<string, unknown> {
  return (json.book as { details: { meNow: Record<string, unknown> } }).details.meNow;
}

let compiled: ReturnType<Ajv2020['compile']> | undefined;
function ajvValidate() {
  compiled ??= new Ajv2020({ allErrors: true, strict: true }).compile(packJsonSchema());
  return compiled;
}

describe('livsbog.json schema', () => {
  it('is JSON Schema 2020-12 with an id, and version 3', () => {
    const schema = packJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCHEMA_ID);
    expect(SCHEMA_ID).toBe('urn:livsbog:schema:livsbog-bundle:3');
    expect(CURRENT_SCHEMA_VERSION).toBe(3);
  });

  it('reads a pack of version 1, made before "Me now" by picture', async () => {
    const json = await sampleJson();
    json.schemaVersion = 1;
    const meNow = meNowOf(json);
    expect(meNow).not.toHaveProperty('feeling');
    expect(meNow).not.toHaveProperty('likePictures');
    expect(packSchema.safeParse(json).success).toBe(true);
    expect(ajvValidate()(json)).toBe(true);
  });

  it('accepts a feeling and likes chosen by picture', async () => {
    const json = await sampleJson();
    meNowOf(json).feeling = '😄';
    meNowOf(json).likePictures = ['hest', 'pizza', 'æble'];
    expect(packSchema.safeParse(json).success).toBe(true);
    expect(ajvValidate()(json)).toBe(true);
  });

  it('accepts a real export in zod and in an independent validator (ajv)', async () => {
    const json = await sampleJson();
    expect(packSchema.safeParse(json).success).toBe(true);
    const validate = ajvValidate();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  const cases: [string, (j: Record<string, unknown>) => void][] = [
    ['an unknown field', (j) => (j.extra = 1)],
    ['an unknown field in a record', (j) => ((j.entries as Record<string, unknown>[])[0]!.x = 1)],
    ['a bad id', (j) => ((j.entries as Record<string, unknown>[])[0]!.id = '../etc')],
    [
      'a title past its hard cap',
      (j) =>
        ((j.entries as Record<string, unknown>[])[0]!.title = 'x'.repeat(
          maxUnits(TEXT_LIMITS.title) + 1,
        )),
    ],
    ['a blank title', (j) => ((j.entries as Record<string, unknown>[])[0]!.title = ' \u202E ')],
    ['a blank name', (j) => ((j.people as Record<string, unknown>[])[0]!.name = '')],
    [
      'a blank nickname',
      (j) =>
        (((j.book as Record<string, unknown>).cover as Record<string, unknown>).nickname = ' '),
    ],
    ['a wrong kind', (j) => ((j.entries as Record<string, unknown>[])[0]!.kind = 'script')],
    [
      'a bad month',
      (j) => ((j.entries as Record<string, unknown>[])[0]!.date = { year: 2020, month: 13 }),
    ],
    [
      'a fractional year',
      (j) => ((j.entries as Record<string, unknown>[])[0]!.date = { year: 2020.5 }),
    ],
    [
      'a bad timestamp',
      (j) => ((j.entries as Record<string, unknown>[])[0]!.createdAt = 'yesterday'),
    ],
    ['a bad sha256', (j) => ((j.photos as Record<string, unknown>[])[0]!.sha256 = 'abc')],
    [
      'a file outside media/',
      (j) => ((j.photos as Record<string, unknown>[])[0]!.file = '../x.jpg'),
    ],
    ['a missing field', (j) => delete (j.people as Record<string, unknown>[])[0]!.name],
    ['closeness 4', (j) => ((j.people as Record<string, unknown>[])[0]!.closeness = 4)],
    ['another format', (j) => (j.format = 'zip')],
    ['a negative count', (j) => ((j.leftOut as Record<string, unknown>).onlyMe = -1)],
    ['a like that is no picture of the list', (j) => (meNowOf(j).likePictures = ['<script>'])],
    [
      'more likes than the picker allows',
      (j) =>
        (meNowOf(j).likePictures = SECRET_WORDS.slice(0, LIKE_PICTURES_MAX + 1).map((w) => w.da)),
    ],
    ['a feeling past the token cap', (j) => (meNowOf(j).feeling = 'x'.repeat(101))],
  ];

  it('refuses a like chosen twice (zod: the JSON Schema cannot say "each once")', async () => {
    const json = await sampleJson();
    meNowOf(json).likePictures = ['hest', 'hest'];
    expect(packSchema.safeParse(json).success).toBe(false);
  });

  it.each(cases)('refuses %s, in zod and in ajv alike', async (_, edit) => {
    const json = await sampleJson();
    edit(json);
    expect(packSchema.safeParse(json).success).toBe(false);
    expect(ajvValidate()(json)).toBe(false);
  });

  it('counts characters as the forms do (zod; the JSON Schema holds the hard cap only)', async () => {
    const json = await sampleJson();
    const entry = (json.entries as Record<string, unknown>[])[0]!;
    // 120 family emoji: 120 characters for a person, 1,320 UTF-16 code units.
    entry.title = '👨‍👩‍👧‍👦'.repeat(TEXT_LIMITS.title);
    expect(packSchema.safeParse(json).success).toBe(true);
    expect(ajvValidate()(json)).toBe(true);
    // One character too many, each an A with a combining ring: refused like the form refuses it.
    entry.title = 'A\u030A'.repeat(TEXT_LIMITS.title + 1);
    expect(packSchema.safeParse(json).success).toBe(false);
  });

  it('reads every kind of memory in version 3, in zod and in ajv', async () => {
    const json = await sampleJson();
    const photo = (json.photos as Record<string, unknown>[])[0]!;
    Object.assign(photo, {
      kind: 'voice',
      mime: 'audio/webm',
      durationMs: 12_000,
      title: 'Min stemme',
      photoIds: [(json.photos as Record<string, unknown>[])[1]!.id],
    });
    meNowOf(json).voiceIds = { likes: photo.id };
    expect(packSchema.safeParse(json).success).toBe(true);
    expect(ajvValidate()(json), JSON.stringify(ajvValidate().errors)).toBe(true);
  });

  it('never carries how a device stores the bytes (chunks, thumbless)', async () => {
    for (const field of ['chunks', 'thumbless']) {
      const json = await sampleJson();
      (json.photos as Record<string, unknown>[])[0]![field] = field === 'chunks' ? 3 : true;
      expect(packSchema.safeParse(json).success).toBe(false);
      expect(ajvValidate()(json)).toBe(false);
    }
  });

  it.each([1, 2])(
    'reads version %i as before (no kind: a photo) and refuses its newer fields',
    async (version) => {
      const json = await sampleJson();
      json.schemaVersion = version;
      const parsed = packSchema.parse(json);
      expect(migratePackJson(parsed).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      const items = bookDataFromJson(migratePackJson(parsed)).photos;
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((p) => p.kind === undefined && mediaKindOf(p) === 'photo')).toBe(true);
      (json.photos as Record<string, unknown>[])[0]!.kind = 'video';
      expect(packSchema.safeParse(json).success).toBe(false);
      delete (json.photos as Record<string, unknown>[])[0]!.kind;
      meNowOf(json).voiceIds = {};
      expect(packSchema.safeParse(json).success).toBe(false);
    },
  );

  it('checkPackSchema hands back a valid pack and names the first wrong field of a bad one', async () => {
    const json = await sampleJson();
    expect(checkPackSchema(json)).toEqual(json);
    const bad = { ...json, entries: [{ id: 'e1' }] };
    const error = thrownBy(() => checkPackSchema(bad), PackError);
    expect(error?.code).toBe('schema-invalid');
    expect(error?.detail).toMatch(/^entries\.0\./);
  });

  it('caps array lengths in the JSON Schema too', () => {
    const text = JSON.stringify(packJsonSchema());
    expect(text).toContain('"maxItems":100000');
    expect(text).toContain('"additionalProperties":false');
  });
});
