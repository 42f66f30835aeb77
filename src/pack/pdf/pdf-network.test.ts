// @vitest-environment node
import { readFileSync } from 'node:fs';

import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from '@cantoo/pdf-lib';

import { networkMapSvg, shorten, type Person } from '@/domain';
import { da } from '@/i18n';
import { makePerson } from '@/testing/factories';
import { DANISH_MAP_WORDS } from '@/testing/map-words';
import { sampleBook } from '@/testing/pack-fixtures';
import { pdfText } from '@/testing/pdf-text-fixtures';
import { selectForExport } from '../select';
import { buildBookPdf } from './pdf';
import { NAME_HALO } from './pdf-network';

const fonts = {
  regular: new Uint8Array(readFileSync('public/fonts/atkinson-hyperlegible-regular.ttf')),
  bold: new Uint8Array(readFileSync('public/fonts/atkinson-hyperlegible-bold.ttf')),
};

const CENTRE = 'Alma Sofie Marie Christensen-Holm';

interface Stroke {
  points: number[];
  colour: string;
  width: number;
}

/** The lines the app's picture draws from the child to a person, as points in map units. */
function svgLines(svg: string): Stroke[] {
  const re =
    /<path d="([^"]*)" fill="none" stroke="(#[0-9a-f]{6})" stroke-width="([\d.]+)" stroke-linecap="round" stroke-linejoin="round"/g;
  return [...svg.matchAll(re)].map((m) => ({
    points: [...(m[1] ?? '').matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].flatMap((p) => [
      Number(p[1]),
      Number(p[2]),
    ]),
    colour: m[2] ?? '',
    width: Number(m[3]),
  }));
}

/** The text of every `<text>` in the app's picture, in drawing order. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

function colourOf(rg: string): string {
  const [r, g, b] = rg.split(' ').map((v) => Math.round(Number(v) * 255));
  return `#${[r, g, b].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The PDF's strokes drawn from SVG path data (`drawSvgPath`: a `cm` into map units, then only
 * straight segments, then `S`), read back from the page's content stream. The names' white
 * outlines are drawn the same way from the letters' curves (`c`, `v`, `y`): no line.
 */
function pdfLines(content: string): Stroke[] {
  const out: Stroke[] = [];
  for (const block of content.matchAll(/^q\n([\s\S]*?)^Q$/gm)) {
    const ops = (block[1] ?? '').split('\n');
    const drawsPath = ops.some((o) => o.endsWith(' m'));
    const curved = ops.some((o) => / [cvy]$| re$/.test(o)) || ops.includes('1 1 1 RG');
    if (!drawsPath || curved || !ops.some((o) => o.endsWith(' cm')) || !ops.includes('S')) continue;
    out.push({
      points: ops
        .filter((o) => / [ml]$/.test(o))
        .flatMap((o) => o.split(' ').slice(0, 2).map(Number)),
      colour: colourOf(ops.find((o) => o.endsWith(' RG'))?.replace(/ RG$/, '') ?? ''),
      width: Number(ops.find((o) => o.endsWith(' w'))?.replace(/ w$/, '')),
    });
  }
  return out;
}

interface Path {
  white: boolean;
  curved: boolean;
  scale: number;
  width: number;
}

/**
 * Each stroked path block: whether it is white, or curved (a circle, a letter), its scale to the
 * page (`s 0 0 -s 0 0 cm`: the map's for a line, the font size's for a name's outline) and its
 * width on the page.
 */
function strokedPaths(content: string): Path[] {
  const out: Path[] = [];
  for (const block of content.matchAll(/^q\n([\s\S]*?)^Q$/gm)) {
    const ops = (block[1] ?? '').split('\n');
    const flip = ops.filter((o) => / 0 0 -[\d.]+ 0 0 cm$/.test(o)).at(-1);
    if (!flip || !ops.includes('S')) continue;
    const scale = Number(flip.split(' ')[0]);
    const width = Number(ops.find((o) => o.endsWith(' w'))?.replace(/ w$/, ''));
    out.push({
      white: ops.includes('1 1 1 RG'),
      curved: ops.some((o) => / [cvy]$/.test(o)),
      scale,
      width: scale * width,
    });
  }
  return out;
}

async function mapPage(people: Person[]) {
  const { data } = await sampleBook();
  const book = { ...data.book, cover: { ...data.book.cover, nickname: CENTRE } };
  const bytes = await buildBookPdf(selectForExport({ ...data, book, people }).data, {
    locale: 'da',
    fonts,
    now: new Date('2026-03-02T12:00:00Z'),
    photoForPdf: () => Promise.resolve(null),
  });
  const text = await pdfText(bytes);
  const index = text.pages.findIndex((p) => p.lines[0] === da.bookDocument.sections.network);
  const doc = await PDFDocument.load(bytes);
  const contents = doc.getPages()[index]?.node.Contents();
  const streams =
    contents instanceof PDFArray
      ? contents.asArray().map((ref) => doc.context.lookup(ref))
      : [contents];
  const content = streams
    .map((s) =>
      s instanceof PDFRawStream
        ? new TextDecoder('latin1').decode(decodePDFRawStream(s).decode())
        : '',
    )
    .join('\n');
  return { lines: text.pages[index]?.lines ?? [], content };
}

describe('the PDF network map', () => {
  const bookId = 'b1';
  const people = [
    makePerson(bookId, { name: 'Mor', sector: 'family', closeness: 1, line: 'strong' }),
    makePerson(bookId, { name: 'Far', sector: 'family', closeness: 2 }),
    makePerson(bookId, { name: 'Bo', sector: 'relatives', closeness: 3, line: 'difficult' }),
    makePerson(bookId, { name: 'Pædagog Anne', sector: 'placement', closeness: 1, line: 'weak' }),
    makePerson(bookId, {
      name: 'Christoffer Alexander',
      sector: 'school-work',
      closeness: 2,
      line: 'strong',
    }),
    makePerson(bookId, { name: 'Træner Ib', sector: 'leisure', closeness: 3 }),
    makePerson(bookId, { name: 'Sara', sector: 'friends', closeness: 1, line: 'weak' }),
    makePerson(bookId, { name: 'Sagsbehandler', sector: 'professionals', closeness: 2 }),
  ];
  const appSvg = networkMapSvg(people, undefined, {
    title: 'map',
    description: 'map',
    centreName: CENTRE,
    sectorLabels: DANISH_MAP_WORDS.sectorLabels,
    ringLabels: DANISH_MAP_WORDS.ringLabels,
  });

  it('draws exactly the lines the app draws, where the app draws them', async () => {
    const app = svgLines(appSvg);
    // Four of the eight people have a line: nobody else gets one.
    expect(app).toHaveLength(5);
    const { content } = await mapPage(people);
    const pdf = pdfLines(content);
    const key = (s: Stroke) => s.points.join(',');
    expect(pdf.map(key).sort()).toEqual(app.map(key).sort());
    for (const s of pdf) {
      const same = app.find((a) => key(a) === key(s));
      expect(s.colour).toBe(same?.colour);
      expect(s.width).toBe(same?.width);
    }
  });

  it("outlines each person's name in white as the app does, as a path and not a second text", async () => {
    // The app's halo: `stroke="#fff…" stroke-width="4" paint-order="stroke"` on each name.
    const appHalos = appSvg.match(/<text [^>]*stroke-width="4" paint-order="stroke">/g) ?? [];
    expect(appHalos.length).toBeGreaterThan(0);
    const { content } = await mapPage(people);
    const paths = strokedPaths(content);
    const halos = paths.filter((p) => p.white);
    expect(halos).toHaveLength(appHalos.length);
    // As wide as the app's in map units (a line's block is scaled from map units to the page).
    const mapScale = paths.find((p) => !p.white && !p.curved)?.scale ?? 0;
    expect(mapScale).toBeGreaterThan(0);
    for (const h of halos) expect(h.width).toBeCloseTo(NAME_HALO * mapScale, 3);
  });

  it('writes the names the app writes, sector and ring names as the app, the centre in full', async () => {
    const { lines } = await mapPage(people);
    const app = svgTexts(appSvg);
    const appCentre = shorten(CENTRE, 16);
    expect(app).toContain(appCentre);
    const firstSector = lines.indexOf(da.people.sectors.family);
    expect(firstSector).toBeGreaterThan(0);
    // Drawing order: sectors, rings, the child's name, then each person's initials and name.
    const drawn = lines.slice(firstSector, -1);
    const centreAt = app.indexOf(appCentre);
    const before = app.slice(0, centreAt);
    const after = app.slice(centreAt + 1);
    expect(drawn.slice(0, before.length)).toEqual(before);
    expect(drawn.slice(drawn.length - after.length)).toEqual(after);
    const centre = drawn.slice(before.length, drawn.length - after.length);
    // In full: every letter, over as many lines as it needs (a long word may be split).
    expect(centre.join('').replace(/\s/g, '')).toBe(CENTRE.replace(/\s/g, ''));
    expect(centre.join('')).not.toContain('…');
  });
});
