// @vitest-environment node
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
} from '@cantoo/pdf-lib';

import { sampleBook, tinyJpeg } from '@/testing/pack-fixtures';
import { expectQpdfAccepts, hasQpdf } from '@/testing/pdf-checks';
import {
  buildBookPdf,
  groupIntoMessages,
  splitForDigitalPost,
  type PdfPart,
  type PdfPhoto,
} from './pdf';
import { coverColour } from '../html/html-style';
import { SECTORS } from '@/domain';
import { createDocumentI18n, da, en } from '@/i18n';
import { pdfFlowText, pdfText } from '../../testing/pdf-text-fixtures';
import { selectForExport } from '../select';

const fonts = {
  regular: new Uint8Array(readFileSync('public/fonts/atkinson-hyperlegible-regular.ttf')),
  bold: new Uint8Array(readFileSync('public/fonts/atkinson-hyperlegible-bold.ttf')),
};

/** A real RGB PNG, so pdf-lib decodes it as it would a photo. */
function png(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Uint8Array) => {
    let c = 0xffffffff;
    for (const x of b) c = (crcTable[(c ^ x) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const v = new DataView(out.buffer);
    v.setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    v.setUint32(8 + data.length, crc(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = new Uint8Array((width * 3 + 1) * height).map((_, i) => (i * 7) & 255);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', new Uint8Array(deflateSync(raw))),
    chunk('IEND', new Uint8Array()),
  ];
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

function decoded(doc: PDFDocument, obj: unknown): string {
  const stream = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
  if (!(stream instanceof PDFRawStream)) return '';
  return new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
}

async function samplePdf(options: { locale?: 'da' | 'en'; networkMap?: false } = {}) {
  const { data } = await sampleBook();
  const selection = selectForExport(data);
  const calls: string[] = [];
  const bytes = await buildBookPdf(selection.data, {
    locale: options.locale ?? 'da',
    fonts,
    now: new Date('2026-03-02T12:00:00Z'),
    ...(options.networkMap === false ? { networkMap: false } : {}),
    photoForPdf: (id): Promise<PdfPhoto | null> => {
      calls.push(id);
      if (id === 'ph_mormor')
        return Promise.resolve({ bytes: png(8, 6), mime: 'image/png', width: 8, height: 6 });
      if (id === 'ph_me') return Promise.resolve(null);
      return Promise.resolve({
        bytes: tinyJpeg(40, 30),
        mime: 'image/jpeg',
        width: 40,
        height: 30,
      });
    },
  });
  return { bytes, calls };
}

describe('buildBookPdf', () => {
  // fontkit subsetting is the slow part: build the sample once and look at it from every side.
  let sample: Awaited<ReturnType<typeof samplePdf>>;
  beforeAll(async () => {
    sample = await samplePdf();
  });

  it('makes a PDF that parses back, with every page drawn', async () => {
    const { bytes, calls } = sample;
    const doc = await PDFDocument.load(bytes);
    // cover, me now, homes, schools, people, network, timeline, photos, letters (+ sealed page), dreams
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(10);
    expect(doc.getPageCount()).toBeLessThanOrEqual(16);
    expect(doc.getTitle()).toBe('Åse Ærø – Min livsbog');
    for (const page of doc.getPages()) {
      const contents = page.node.get(PDFName.of('Contents'));
      const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
      const text = streams.map((s) => decoded(doc, s)).join('');
      expect(text.length).toBeGreaterThan(20);
    }
    // Each photo is asked for once, however often the book shows it.
    expect(calls.sort()).toEqual([...new Set(calls)].sort());
  });

  it('embeds subset fonts that map æ, ø and å', async () => {
    const { bytes } = sample;
    const doc = await PDFDocument.load(bytes);
    const fontsFound: string[] = [];
    const fontFiles: number[] = [];
    let cmaps = '';
    for (const [, obj] of doc.context.enumerateIndirectObjects()) {
      if (!(obj instanceof PDFDict)) continue;
      const type = obj.get(PDFName.of('Type'));
      if (type === PDFName.of('Font')) {
        const base = obj.get(PDFName.of('BaseFont'));
        if (base instanceof PDFName) fontsFound.push(base.decodeText());
        cmaps += decoded(doc, obj.get(PDFName.of('ToUnicode')));
      }
      if (type === PDFName.of('FontDescriptor')) {
        fontFiles.push(decoded(doc, obj.get(PDFName.of('FontFile2'))).length);
      }
    }
    // A Type0 font and its CID descendant each name the font: two fonts, regular and bold.
    expect(new Set(fontsFound.filter((f) => f.startsWith('AtkinsonHyperlegible-'))).size).toBe(2);
    // Subset: only the glyphs the book uses, a fraction of the whole font.
    expect(fontFiles).toHaveLength(2);
    for (const size of fontFiles) {
      expect(size).toBeGreaterThan(1000);
      expect(size).toBeLessThan(fonts.regular.length / 2);
    }
    for (const code of ['00E6', '00F8', '00E5', '00C6', '00D8', '00C5']) {
      expect(cmaps.toUpperCase(), code).toContain(`<${code}>`);
    }
  });

  it('draws the network map page only when asked', async () => {
    const withMap = await PDFDocument.load(sample.bytes);
    const without = await PDFDocument.load((await samplePdf({ networkMap: false })).bytes);
    expect(withMap.getPageCount() - without.getPageCount()).toBe(1);
  });
});

/** A page heavy with an image: a JPEG header padded with APP segments to about `bytes`. */
function heavyJpeg(bytes: number, seed: number): Uint8Array {
  const segments: number[] = [0xff, 0xd8];
  let left = bytes;
  while (left > 0) {
    const len = Math.min(65_000, left);
    segments.push(0xff, 0xe1, (len + 2) >> 8, (len + 2) & 0xff);
    for (let i = 0; i < len; i += 1) segments.push((i * 31 + seed * 17) & 0x7f);
    left -= len;
  }
  segments.push(
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    0x00,
    0x10,
    0x00,
    0x10,
    0x03,
    0x01,
    0x22,
    0x00,
    0x02,
    0x11,
    0x01,
    0x03,
    0x11,
    0x01,
    0xff,
    0xd9,
  );
  return Uint8Array.from(segments);
}

async function heavyPdf(pageBytes: number[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const [i, size] of pageBytes.entries()) {
    const page = doc.addPage();
    page.drawImage(await doc.embedJpg(heavyJpeg(size, i)), {
      x: 10,
      y: 10,
      width: 100,
      height: 100,
    });
  }
  doc.setTitle('Heavy');
  return doc.save();
}

function checkParts(parts: PdfPart[], pages: number): void {
  let next = 1;
  for (const [i, part] of parts.entries()) {
    expect(part.index).toBe(i + 1);
    expect(part.count).toBe(parts.length);
    expect(part.firstPage).toBe(next);
    next = part.lastPage + 1;
  }
  expect(next - 1).toBe(pages);
}

describe('splitForDigitalPost', () => {
  it('cuts a large PDF into page ranges each within the limit', async () => {
    const pdf = await heavyPdf(Array.from({ length: 24 }, () => 100_000));
    const parts = await splitForDigitalPost(pdf, 500_000);
    expect(parts.length).toBeGreaterThanOrEqual(5);
    checkParts(parts, 24);
    for (const part of parts) {
      expect(part.bytes.byteLength).toBeLessThanOrEqual(500_000);
      expect(part.oversize).toBe(false);
      const doc = await PDFDocument.load(part.bytes);
      expect(doc.getPageCount()).toBe(part.lastPage - part.firstPage + 1);
      expect(doc.getTitle()).toBe('Heavy');
    }
    // Parts are not needlessly small: two neighbours would not have fitted together.
    for (let i = 1; i < parts.length; i += 1) {
      expect(parts[i - 1]!.bytes.byteLength + parts[i]!.bytes.byteLength).toBeGreaterThan(
        500_000 * 0.8,
      );
    }
  });

  it('gives a page larger than the limit a part of its own, flagged', async () => {
    const pdf = await heavyPdf([50_000, 50_000, 700_000, 50_000]);
    const parts = await splitForDigitalPost(pdf, 500_000);
    checkParts(parts, 4);
    const big = parts.find((p) => p.firstPage === 3);
    expect(big).toMatchObject({ lastPage: 3, oversize: true });
    expect(parts.filter((p) => p.oversize)).toHaveLength(1);
  });

  it('returns a small PDF as one part, unchanged', async () => {
    const pdf = await heavyPdf([1000, 1000]);
    const parts = await splitForDigitalPost(pdf);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({
      index: 1,
      count: 1,
      firstPage: 1,
      lastPage: 2,
      oversize: false,
    });
    expect(parts[0]!.bytes).toBe(pdf);
  });
});

describe('groupIntoMessages', () => {
  const part = (index: number, size: number): PdfPart => ({
    index,
    count: 0,
    bytes: new Uint8Array(size),
    firstPage: index,
    lastPage: index,
    oversize: false,
  });

  it('puts at most 10 parts and 99.5 MB in one message', () => {
    const parts = Array.from({ length: 23 }, (_, i) => part(i + 1, 1000));
    const messages = groupIntoMessages(parts);
    expect(messages.map((m) => m.parts.length)).toEqual([10, 10, 3]);
    const heavy = Array.from({ length: 12 }, (_, i) => part(i + 1, 9_500_000));
    const byBytes = groupIntoMessages(heavy);
    expect(byBytes.map((m) => m.parts.length)).toEqual([10, 2]);
    for (const m of byBytes) expect(m.bytes).toBeLessThanOrEqual(99_500_000);
    expect(groupIntoMessages(heavy, { maxBytes: 20_000_000 }).map((m) => m.parts.length)).toEqual([
      2, 2, 2, 2, 2, 2,
    ]);
  });

  it('sends an oversize part alone and says so', () => {
    const messages = groupIntoMessages([part(1, 10), part(2, 200_000_000), part(3, 10)]);
    expect(messages.map((m) => [m.parts.length, m.oversize])).toEqual([
      [1, false],
      [1, true],
      [1, false],
    ]);
  });
});

describe('what a reader sees', () => {
  /** The page's drawing operators, all content streams in order. */
  async function pageOps(bytes: Uint8Array, index: number): Promise<string> {
    const doc = await PDFDocument.load(bytes);
    const page = doc.getPage(index);
    const contents = page.node.get(PDFName.of('Contents'));
    const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
    return streams.map((s) => decoded(doc, s)).join('\n');
  }

  it('fills the whole cover with the cover colour and shows the child’s photo', async () => {
    const { data } = await sampleBook();
    const selection = selectForExport(data);
    const photo = { bytes: png(30, 40), mime: 'image/png' as const, width: 30, height: 40 };
    const bytes = await buildBookPdf(selection.data, {
      locale: 'da',
      fonts,
      networkMap: false,
      photoForPdf: (id) => Promise.resolve(id === 'ph_me' ? photo : null),
    });
    const ops = await pageOps(bytes, 0);
    // The first thing drawn is a filled path over the whole page, in the cover colour.
    const first = /([\d.]+) ([\d.]+) ([\d.]+) rg[\s\S]*?((?:[\d.]+ [\d.]+ [ml]\s+)+)h\s+f/.exec(
      ops,
    );
    expect(first).not.toBeNull();
    const [r, g, b] = [first![1], first![2], first![3]].map((v) => Math.round(Number(v) * 255));
    const hexColour = `#${[r, g, b].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`;
    expect(hexColour).toBe(coverColour(data.book.cover.colour));
    const points = [...first![4]!.matchAll(/([\d.]+) ([\d.]+) [ml]/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(Math.max(...points.map((p) => p[0]!))).toBeCloseTo(595.28);
    expect(Math.max(...points.map((p) => p[1]!))).toBeCloseTo(841.89);
    expect(Math.min(...points.flat())).toBe(0);
    // The photo of me now is drawn on the cover.
    expect(ops).toMatch(/\/Image[^\s]* Do/);
  });
});

describe('the words of the PDF', () => {
  it('come from the app’s i18next resources: months, plurals and sector names', async () => {
    const changed = structuredClone(da);
    changed.date.months[3] = 'MARTSMÅNED';
    changed.bookDocument.yearTurned_other = '{{year}}: DA JEG BLEV {{count}}';
    const i18n = createDocumentI18n({ da: { translation: changed }, en: { translation: en } });
    const { data } = await sampleBook();
    const bytes = await buildBookPdf(selectForExport(data).data, {
      locale: 'da',
      fonts,
      i18n,
      now: new Date('2026-03-02T12:00:00Z'),
      photoForPdf: () => Promise.resolve(null),
    });
    const text = pdfFlowText(await pdfText(bytes));
    // Born 4 March 2012 and saved 2 March 2026 on the cover: the month from the resources.
    expect(text).toContain('MARTSMÅNED');
    expect(text).not.toMatch(/\bmarts\b/);
    expect(text).toContain('2017: DA JEG BLEV 5');
    expect(text).not.toContain('året jeg fyldte');
    // The network map and the people pages name the sectors as the app does.
    for (const sector of SECTORS) expect(text).toContain(da.people.sectors[sector]);
  });
});

describe('"Me now" by picture in the PDF', () => {
  it('names the feeling and lists the likes as words (the font has no emoji)', async () => {
    const { data } = await sampleBook();
    Object.assign(data.book.details.meNow, { feeling: '😄', likePictures: ['hest', 'pizza'] });
    const bytes = await buildBookPdf(selectForExport(data).data, {
      locale: 'da',
      fonts,
      now: new Date('2026-03-02T12:00:00Z'),
      photoForPdf: () => Promise.resolve(null),
    });
    const text = pdfFlowText(await pdfText(bytes));
    expect(text).toContain('Sådan har jeg det nu');
    expect(text).toContain('Glad');
    expect(text).toContain('Det kan jeg lide');
    expect(text).toContain('hest, pizza');
  });
});

describe('qpdf', () => {
  it.skipIf(!hasQpdf)('finds no syntax or stream error in the book', async () => {
    const { data } = await sampleBook();
    const bytes = await buildBookPdf(selectForExport(data).data, {
      locale: 'en',
      fonts,
      photoForPdf: () =>
        Promise.resolve({ bytes: png(30, 40), mime: 'image/png', width: 30, height: 40 }),
    });
    expectQpdfAccepts(bytes);
  });
});
