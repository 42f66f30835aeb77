import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import exifr from 'exifr';

import { cleanImage } from './clean-image';
import { toOrientation } from './exif-orientation';
import { ImageFormatError } from './image-errors';
import { cleanJpeg } from './jpeg-clean';
import { readPhotoMetadata } from './read-exif';
import { SCAN_DAMAGE, damageScan, scanDataRange } from '@/testing/damaged-jpeg';
import { exifSegment, iccSegment, injectIntoJpeg, withEverything } from '@/testing/exif-builder';
import { thrownBy } from '@/testing/thrown';

const DIR = resolve(import.meta.dirname, '../../../shared/fixtures/photos/orientation');
const fixture = (name: string) => new Uint8Array(readFileSync(resolve(DIR, name)));
const NAMES = ['Landscape', 'Portrait'].flatMap((kind) =>
  [0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ kind, n, name: `${kind}_${n}.jpg` })),
);

/** Every block exifr can read, except the ICC profile and JFIF density, which are kept on purpose. */
const EVERYTHING = {
  tiff: true,
  ifd1: true,
  exif: true,
  gps: true,
  interop: true,
  makerNote: true,
  userComment: true,
  xmp: true,
  iptc: true,
  icc: false,
  jfif: false,
  ihdr: false,
  translateValues: false,
  reviveValues: false,
  mergeOutput: false,
  multiSegment: true,
};

async function metadataOf(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const out: unknown = await exifr.parse(bytes, EVERYTHING);
  return (out ?? {}) as Record<string, unknown>;
}

function contains(haystack: Uint8Array, text: string): boolean {
  return Buffer.from(haystack).includes(Buffer.from(text, 'latin1'));
}

/** The compressed picture: from the first start-of-scan to the end. */
function scanData(b: Uint8Array): Uint8Array {
  for (let i = 2; i < b.length;) {
    if (b[i + 1] === 0xda) return b.subarray(i, b.lastIndexOf(0xd9) + 1);
    i += 2 + (((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0));
  }
  throw new Error('no scan');
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
}

const SECRETS = ['Testby', 'Testvej', 'Fonecorp', 'Fone 12', 'SERIAL-0042', 'MAKERNOTE', 'MPF\0'];

describe('JPEG metadata removal, with exifr as the oracle', () => {
  it('the dirty input really carries GPS, XMP, IPTC, maker notes and a thumbnail', async () => {
    const dirty = withEverything(fixture('Landscape_1.jpg'));
    const meta = await metadataOf(dirty);
    expect((await exifr.gps(dirty)).latitude).toBeCloseTo(56.157, 2);
    // exifr files XMP under its namespaces: photoshop:City here, exif:GPSLatitude under exif.
    expect(meta).toMatchObject({
      photoshop: { City: 'Testby-XMP' },
      exif: { GPSLatitude: '56,9.432N', SerialNumber: 'SERIAL-0042-XYZ' },
      iptc: { City: 'Testby-IPTC' },
      ifd0: { Make: 'Fonecorp' },
    });
    expect(meta).toHaveProperty('makerNote');
    expect(await exifr.thumbnail(dirty)).toBeDefined();
    for (const s of SECRETS) expect(contains(dirty, s)).toBe(true);
  });

  it.each(NAMES)(
    '$name: no GPS, XMP, IPTC or maker notes survive; orientation $n is kept',
    async ({ kind, n, name }) => {
      const original = fixture(name);
      const dirty = withEverything(original, n);
      const meta = await readPhotoMetadata(dirty);
      expect(meta.orientation).toBe(toOrientation(n));
      expect(meta.takenAt).toEqual({ year: 2019, month: 7, day: 14 });

      const clean = cleanJpeg(dirty, meta.orientation);
      const left = await metadataOf(clean.bytes);
      // Upright photos keep no EXIF at all; turned ones keep exactly one tag.
      expect(left).toEqual(n >= 2 ? { ifd0: { Orientation: n } } : {});
      expect(await exifr.gps(clean.bytes)).toBeUndefined();
      expect(await exifr.thumbnail(clean.bytes)).toBeUndefined();
      for (const s of SECRETS) expect(contains(clean.bytes, s)).toBe(false);

      // Shown the right way round: landscapes wide, portraits tall.
      if (kind === 'Landscape') expect(clean.width).toBeGreaterThan(clean.height);
      else expect(clean.height).toBeGreaterThan(clean.width);
      // Not re-encoded: the compressed picture is byte for byte the camera's.
      expect(sameBytes(scanData(clean.bytes), scanData(original))).toBe(true);
    },
  );

  it.each(NAMES)('$name as it is: exifr reads the same orientation back', async ({ n, name }) => {
    const original = fixture(name);
    const meta = await readPhotoMetadata(original);
    expect(meta.orientation).toBe(toOrientation(n));
    const clean = cleanJpeg(original, meta.orientation);
    expect(await exifr.orientation(clean.bytes)).toBe(n >= 2 ? n : undefined);
  });

  it('makes the same stored bytes from the same picture with different metadata', () => {
    const original = fixture('Portrait_6.jpg');
    const a = cleanJpeg(withEverything(original, 6), 6);
    const b = cleanJpeg(
      injectIntoJpeg(original, {
        replaceExif: true,
        segments: [exifSegment({ orientation: 6, gps: { lat: -33.9, lon: 151.2 } }), iccSegment()],
      }),
      6,
    );
    expect(sameBytes(a.bytes, b.bytes)).toBe(true);
    expect(sameBytes(cleanJpeg(a.bytes, 6).bytes, a.bytes)).toBe(true); // idempotent
  });

  it('drops the trailing pictures phones append after the end of the first', () => {
    const dirty = withEverything(fixture('Landscape_1.jpg'));
    const clean = cleanJpeg(dirty, 1);
    expect(clean.bytes.at(-2)).toBe(0xff);
    expect(clean.bytes.at(-1)).toBe(0xd9);
    expect(clean.bytes.indexOf(0xd9, clean.bytes.length - 2)).toBe(clean.bytes.length - 1);
  });
});

const reasonOf = (f: () => unknown) => thrownBy(f, ImageFormatError)?.reason;

/** A fixture with its frame header patched: new size or number of colour components. */
function patchFrame(b: Uint8Array, patch: { width?: number; height?: number; comps?: number }) {
  const out = b.slice();
  for (let i = 2; i < out.length;) {
    const m = out[i + 1] ?? 0;
    if (m === 0xc0 || m === 0xc2) {
      if (patch.height !== undefined) out.set([patch.height >> 8, patch.height & 0xff], i + 5);
      if (patch.width !== undefined) out.set([patch.width >> 8, patch.width & 0xff], i + 7);
      if (patch.comps !== undefined) out[i + 9] = patch.comps;
      return out;
    }
    i += 2 + (((out[i + 2] ?? 0) << 8) | (out[i + 3] ?? 0));
  }
  throw new Error('no frame');
}

describe('bad JPEGs', () => {
  const good = fixture('Landscape_1.jpg');

  it('calls a file cut short truncated, wherever it was cut', () => {
    for (const at of [3, 20, 200, 1000, Math.floor(good.length * 0.6), good.length - 1])
      expect(reasonOf(() => cleanJpeg(good.subarray(0, at), 1))).toBe('truncated');
  });

  it('calls garbage after the start marker corrupt', () => {
    const bad = good.slice();
    bad.fill(0x41, 2, 64);
    expect(reasonOf(() => cleanJpeg(bad, 1))).toBe('corrupt');
  });

  it('refuses a CMYK JPEG by name', () => {
    expect(reasonOf(() => cleanJpeg(patchFrame(good, { comps: 4 }), 1))).toBe('cmyk');
  });

  it('refuses a 100-megapixel picture from its header, before decoding it', () => {
    const huge = patchFrame(good, { width: 12_000, height: 8_400 });
    expect(reasonOf(() => cleanImage('jpeg', huge, 1))).toBe('too-large');
    const fine = patchFrame(good, { width: 8_000, height: 6_000 }); // 48 MP phone camera
    expect(reasonOf(() => cleanImage('jpeg', fine, 1))).toBeUndefined();
  });
});

describe('JPEGs with damaged compressed data', () => {
  const good = fixture('Landscape_1.jpg');

  it.each(SCAN_DAMAGE)(
    '$name: metadata goes, the damaged picture stays byte for byte (the decoder decides)',
    async ({ bytes }) => {
      const damaged = damageScan(good, bytes);
      const dirty = withEverything(damaged, 6);
      const clean = cleanJpeg(dirty, 6);
      expect(sameBytes(scanData(clean.bytes), scanData(damaged))).toBe(true);
      expect(await metadataOf(clean.bytes)).toEqual({ ifd0: { Orientation: 6 } });
      for (const s of SECRETS) expect(contains(clean.bytes, s)).toBe(false);
      // Idempotent, so a pack's damaged photo comes back the same after export → import.
      expect(sameBytes(cleanJpeg(clean.bytes, 6).bytes, clean.bytes)).toBe(true);
    },
  );

  it('still drops an APP1 between a scan and the end of the picture', () => {
    const { end } = scanDataRange(good);
    const exif = exifSegment({ orientation: 1, gps: { lat: 56.15, lon: 10.2 } });
    const dirty = new Uint8Array([...good.subarray(0, end), ...exif, ...good.subarray(end)]);
    const clean = cleanJpeg(dirty, 1);
    expect(sameBytes(clean.bytes, cleanJpeg(good, 1).bytes)).toBe(true);
  });

  it('still calls damaged data with no end of the picture truncated', () => {
    const damaged = damageScan(good, SCAN_DAMAGE[0]?.bytes ?? []);
    expect(reasonOf(() => cleanJpeg(damaged.subarray(0, damaged.length - 2), 1))).toBe('truncated');
  });
});
