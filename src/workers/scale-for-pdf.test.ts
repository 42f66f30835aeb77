import { describe, expect, it } from 'vitest';

import { decodeSize, PDF_PHOTO_SIDE, printSize } from './scale-for-pdf';

/** What Chromium's JPEG decoder draws for an asked size: the largest n/8 whose area fits. */
function decodedBy(
  photo: { width: number; height: number },
  asked: { width: number; height: number },
) {
  const area = asked.width * asked.height;
  let n = 8;
  while (n > 1 && Math.ceil((photo.width * n) / 8) * Math.ceil((photo.height * n) / 8) > area) {
    n -= 1;
  }
  return { width: Math.ceil((photo.width * n) / 8), height: Math.ceil((photo.height * n) / 8) };
}

describe('printSize', () => {
  it('shrinks the longest side to the PDF side and keeps the shape', () => {
    expect(printSize({ width: 4000, height: 3000 })).toEqual({ width: 1400, height: 1050 });
    expect(printSize({ width: 3000, height: 4000 })).toEqual({ width: 1050, height: 1400 });
  });

  it('never enlarges a small photo', () => {
    expect(printSize({ width: 800, height: 600 })).toEqual({ width: 800, height: 600 });
  });
});

describe('decodeSize', () => {
  it.each([
    [4000, 3000],
    [3000, 4000],
    [4032, 3024],
    [6000, 4000],
    [12000, 9000],
    [2000, 1500],
    [1600, 1200],
  ])('asks a %i×%i photo for the smallest eighth that still covers print', (width, height) => {
    const photo = { width, height };
    const print = printSize(photo);
    const asked = decodeSize(photo, print);
    expect(asked).toBeDefined();
    const got = decodedBy(photo, asked ?? photo);
    // Covers print: the last step only shrinks…
    expect(got.width).toBeGreaterThanOrEqual(print.width);
    expect(got.height).toBeGreaterThanOrEqual(print.height);
    // …and one eighth less would not.
    const n = Math.round((8 * got.width) / width);
    expect(Math.ceil((Math.max(width, height) * (n - 1)) / 8)).toBeLessThan(PDF_PHOTO_SIDE);
  });

  it('asks a 12 MP photo for 3/8 of it, about a tenth of its pixels', () => {
    expect(decodeSize({ width: 4000, height: 3000 }, { width: 1400, height: 1050 })).toEqual({
      width: 1501,
      height: 1126,
    });
  });

  it('decodes at full size when print needs every pixel', () => {
    expect(
      decodeSize({ width: 1400, height: 1050 }, printSize({ width: 1400, height: 1050 })),
    ).toBe(undefined);
    expect(decodeSize({ width: 800, height: 600 }, printSize({ width: 800, height: 600 }))).toBe(
      undefined,
    );
  });
});
