// @vitest-environment node
import { makePhoto } from '@/testing/pack-fixtures';
import {
  packRootName,
  extensionForMime,
  isWindowsReserved,
  mediaFileNames,
  pdfPartFileName,
  safeSegment,
  slugify,
} from './names';

describe('slugify', () => {
  it.each([
    ['Åse Ærø-Østergård', 'aase-aeroe-oestergaard'],
    ['ÆØÅ æøå', 'aeoeaa-aeoeaa'],
    ['Zoë Çelik-Núñez', 'zoe-celik-nunez'],
    ['  ..hidden  ', 'hidden'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
    ['🦊 Ræv 🦊', 'raev'],
    ['‮evil‬ name', 'evil-name'],
    ['Straße', 'strasse'],
    ['日本語', ''],
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });

  it('caps the length without a trailing dash', () => {
    const slug = slugify('abcdefghij '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).not.toMatch(/-$/);
  });

  it('never yields a leading dot or a reserved Windows name', () => {
    expect(safeSegment('.bashrc', 'x')).toBe('bashrc');
    expect(safeSegment('CON', 'photo')).toBe('photo');
    expect(safeSegment('com1', 'photo')).toBe('photo');
    expect(isWindowsReserved('con.txt')).toBe(true);
    expect(isWindowsReserved('LPT9')).toBe(true);
    expect(isWindowsReserved('console')).toBe(false);
  });
});

describe('packRootName', () => {
  it('is livsbog-<slug>-<local day>', () => {
    expect(packRootName('Åse', new Date(2026, 2, 5, 23, 59))).toBe('livsbog-aase-2026-03-05');
  });

  it('leaves out an empty slug', () => {
    expect(packRootName('🦊', new Date(2026, 0, 1))).toBe('livsbog-2026-01-01');
  });
});

describe('mediaFileNames', () => {
  it('numbers photos in book order with caption slugs and extensions by type', async () => {
    const b = new Uint8Array([1]);
    const photos = [
      await makePhoto('c', b, { caption: 'Mormor', createdAt: '2026-12-03T00:00:00.000Z' }),
      await makePhoto('a', b, { caption: 'Mormor', takenAt: { year: 2015 }, mime: 'image/png' }),
      await makePhoto('b', b, { mime: 'image/webp', takenAt: { year: 2016 } }),
      await makePhoto('d', b, { caption: '', mime: 'image/gif' }),
      await makePhoto('e', b, { caption: 'CON' }),
    ];
    const names = mediaFileNames(photos);
    expect(Object.fromEntries(names)).toEqual({
      a: 'media/0001-mormor.png',
      b: 'media/0002-photo.webp',
      d: 'media/0003-photo.gif',
      e: 'media/0004-photo.jpg',
      c: 'media/0005-mormor.jpg',
    });
    expect(new Set(names.values()).size).toBe(photos.length);
    for (const n of names.values()) expect(n).toMatch(/^media\/[a-z0-9][a-z0-9._-]*$/);
  });

  it('widens the number past 9999 photos', async () => {
    const photo = await makePhoto('x', new Uint8Array([1]));
    const photos = Array.from({ length: 10_000 }, (_, i) => ({ ...photo, id: `p${i}` }));
    const names = [...mediaFileNames(photos).values()];
    expect(names[0]).toBe('media/00001-photo.jpg');
    expect(names.at(-1)).toBe('media/10000-photo.jpg');
  });

  it('maps unknown types to .bin', () => {
    expect(extensionForMime('IMAGE/JPEG')).toBe('jpg');
    expect(extensionForMime('image/svg+xml')).toBe('bin');
  });
});

test('pdfPartFileName', () => {
  expect(pdfPartFileName(1, 3, 'da')).toBe('livsbog-del-01-af-03.pdf');
  expect(pdfPartFileName(12, 120, 'en')).toBe('livsbog-part-012-of-120.pdf');
});
