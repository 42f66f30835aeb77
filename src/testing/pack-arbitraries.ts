/*
 * Test-only: fast-check generators for whole books. Texts mix random graphemes and code points
 * (emoji, combining marks, right-to-left scripts, lone surrogates) with hand-picked nasties;
 * references may dangle or point at left-out records, which selection must clean up.
 */
import { createHash } from 'node:crypto';

import fc from 'fast-check';

import { validFuzzyDate, validPeriod } from './fuzzy-arbitraries';
import { CLOSENESS, CONTACT_FREQUENCIES, ENTRY_KINDS, NETWORK_LINES, SECTORS } from '@/domain';
import { hasText, LIKE_PICTURES_MAX } from '@/domain';
import { SECRET_WORDS } from '@/crypto';
import type { Entry, NetworkSnapshot, Person, Photo } from '@/domain';
import { photoBytesFor } from './pack-fixtures';
import type { BookData } from '@/pack';

const NASTY = [
  '',
  ' ',
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  'javascript:alert(1)',
  'æøå ÆØÅ',
  '👨‍👩‍👧‍👦🦊',
  'e\u0301 a\u030a',
  '\u202Eevil\u202C',
  'שלום עולם',
  'line 1\nline 2\r\nline 3',
  '100% %0A %25',
  '\t tab',
  '\uD800 lone',
  '"quotes" \'apos\' \\back',
  'url(javascript:alert(1))',
];

export function anyText(maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.constantFrom(...NASTY),
  );
}

/**
 * A text the app requires (a title, a name): the same nasties, with something visible in front
 * when they have nothing that shows, as the forms and the pack schema insist.
 */
export function shownText(maxLength: number): fc.Arbitrary<string> {
  return anyText(maxLength).map((s) => (hasText(s) ? s : `x${s}`));
}

const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/);
const timestamp = fc
  .date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());
const sector = fc.constantFrom(...SECTORS);
const closeness = fc.constantFrom(...CLOSENESS);
const line = fc.constantFrom(...NETWORK_LINES);
const mime = fc.constantFrom('image/jpeg', 'image/png', 'image/webp', 'image/gif');

function times() {
  return { createdAt: timestamp, updatedAt: timestamp, deletedAt: timestamp };
}

function entryArb(bookId: string, entryId: string, refs: string[]): fc.Arbitrary<Entry> {
  return fc.record(
    {
      id: fc.constant(entryId),
      bookId: fc.constant(bookId),
      kind: fc.constantFrom(...ENTRY_KINDS),
      title: shownText(30),
      text: anyText(200),
      date: validFuzzyDate,
      period: validPeriod,
      feeling: fc.constantFrom('😀', '😢', '😡', '🙂'),
      personIds: fc.subarray(refs),
      photoIds: fc.subarray(refs),
      author: fc.oneof(
        fc.constant({ kind: 'child' as const }),
        shownText(20).map((name) => ({ kind: 'adult' as const, name })),
        fc.record(
          { kind: fc.constant('together' as const), name: anyText(20) },
          { requiredKeys: ['kind'] },
        ),
      ),
      visibility: fc.constantFrom('book', 'only-me'),
      protected: fc.boolean(),
      place: anyText(40),
      sealedUntil: fc.constantFrom('2020-01-01', '2099-12-31'),
      subKind: fc.constantFrom('birth-family', 'foster-family', 'daycare', 'school', 'my-own'),
      ...times(),
    },
    {
      requiredKeys: [
        'id',
        'bookId',
        'kind',
        'title',
        'text',
        'personIds',
        'photoIds',
        'author',
        'visibility',
        'createdAt',
        'updatedAt',
      ],
    },
  );
}

function personArb(bookId: string, personId: string, refs: string[]): fc.Arbitrary<Person> {
  return fc.record(
    {
      id: fc.constant(personId),
      bookId: fc.constant(bookId),
      name: shownText(30),
      relation: fc.oneof(anyText(20), fc.constantFrom('mother', 'foster-father', 'teacher')),
      sector,
      closeness,
      portraitPhotoId: fc.constantFrom(...refs),
      note: anyText(100),
      hideInSlideshows: fc.boolean(),
      contact: fc.constantFrom(...CONTACT_FREQUENCIES),
      line,
      links: fc.array(
        fc.record(
          {
            type: fc.constantFrom('parent-of', 'sibling-of', 'partner-of'),
            personId: fc.constantFrom('me', ...refs),
            half: fc.boolean(),
            step: fc.boolean(),
          },
          { requiredKeys: ['type', 'personId'] },
        ),
        { maxLength: 3 },
      ),
      ...times(),
    },
    {
      requiredKeys: [
        'id',
        'bookId',
        'name',
        'relation',
        'sector',
        'closeness',
        'links',
        'createdAt',
        'updatedAt',
      ],
    },
  );
}

export interface GeneratedBook {
  data: BookData;
  photoBytes: Map<string, Uint8Array<ArrayBuffer>>;
}

function photoArb(bookId: string, photoId: string, refs: string[]) {
  return fc
    .record(
      {
        mime,
        body: fc.uint8Array({ maxLength: 64 }),
        width: fc.nat({ max: 10_000 }),
        height: fc.nat({ max: 10_000 }),
        takenAt: validFuzzyDate,
        caption: anyText(40),
        personIds: fc.subarray(refs),
        entryIds: fc.subarray(refs),
        hidden: fc.boolean(),
        ...times(),
      },
      {
        requiredKeys: [
          'mime',
          'body',
          'width',
          'height',
          'personIds',
          'entryIds',
          'createdAt',
          'updatedAt',
        ],
      },
    )
    .map(({ body, ...rest }) => {
      const bytes = photoBytesFor(rest.mime, body);
      const photo: Photo = {
        id: photoId,
        bookId,
        ...rest,
        byteLength: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
      return { photo, bytes };
    });
}

export const bookArb: fc.Arbitrary<GeneratedBook> = fc
  .uniqueArray(id, { minLength: 4, maxLength: 24 })
  .chain((ids) => {
    const [bookId = 'b', ...rest] = ids;
    const third = Math.ceil(rest.length / 3);
    const entryIds = rest.slice(0, third);
    const personIds = rest.slice(third, 2 * third);
    const photoIds = rest.slice(2 * third);
    const refs = [...rest, 'dangling'];
    return fc
      .record({
        cover: fc.record(
          {
            nickname: shownText(20),
            emoji: fc.constantFrom('🦊', '🐱', '⭐'),
            colour: fc.constantFrom('sun', 'sky', 'not-a-colour'),
            locale: fc.constantFrom('da', 'en'),
            ageMode: fc.constantFrom('young', 'middle', 'teen'),
            sample: fc.boolean(),
          },
          { requiredKeys: ['nickname', 'emoji', 'colour', 'locale', 'ageMode'] },
        ),
        details: fc.record(
          {
            birthDate: validFuzzyDate,
            meNow: fc.record(
              {
                likes: anyText(40),
                goodAt: anyText(40),
                proudOf: anyText(40),
                dreams: anyText(40),
                feeling: fc.constantFrom('😄', '😨', '🦄'),
                likePictures: fc.uniqueArray(fc.constantFrom(...SECRET_WORDS.map((w) => w.da)), {
                  maxLength: LIKE_PICTURES_MAX,
                }),
                photoId: fc.constantFrom(...refs),
                updatedAt: timestamp,
              },
              { requiredKeys: ['likes', 'goodAt', 'proudOf', 'dreams'] },
            ),
            autoLockMinutes: fc.nat({ max: 60 }),
            lastExportAt: timestamp,
            lastChangeAt: timestamp,
          },
          { requiredKeys: ['meNow', 'autoLockMinutes'] },
        ),
        entries: fc.tuple(...entryIds.map((e) => entryArb(bookId, e, refs))),
        people: fc.tuple(...personIds.map((p) => personArb(bookId, p, refs))),
        photos: fc.tuple(...photoIds.map((p) => photoArb(bookId, p, refs))),
        snapshots: fc.array(
          fc.record({
            id: id.map((s) => `snap${s}`),
            bookId: fc.constant(bookId),
            takenAt: timestamp,
            people: fc.array(
              fc.record(
                { personId: fc.constantFrom(...refs), sector, closeness, line },
                { requiredKeys: ['personId', 'sector', 'closeness'] },
              ),
              { maxLength: 4 },
            ),
          }),
          { maxLength: 2 },
        ),
      })
      .map(({ cover, details, entries, people, photos, snapshots }) => ({
        data: {
          book: { id: bookId, cover, details },
          entries,
          people,
          photos: photos.map((p) => p.photo),
          snapshots: dedupe(snapshots),
        },
        photoBytes: new Map(photos.map((p) => [p.photo.id, p.bytes])),
      }));
  });

function dedupe(snapshots: NetworkSnapshot[]): NetworkSnapshot[] {
  const seen = new Set<string>();
  return snapshots.filter((s) => !seen.has(s.id) && seen.add(s.id));
}
