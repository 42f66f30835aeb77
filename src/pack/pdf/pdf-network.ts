/**
 * The network map page, drawn from the same picture as the app's map (`networkPicture` in the
 * domain): the same wedges, rings, lines, people, names and sector names, scaled to the page.
 * Only the child's name differs on purpose: the app shortens it to fit its circle, the book
 * writes it in full over as many lines as it needs.
 */
import type { Font } from '@cantoo/fontkit';
import {
  LineCapStyle,
  LineJoinStyle,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setLineJoin,
  type PDFPage,
  type RGB,
} from '@cantoo/pdf-lib';

import {
  CLOSENESS_KEY,
  drawnOnMap,
  LINE_STYLE,
  networkPicture,
  SECTOR_TINT,
  SECTORS,
  type MapEntry,
  type NetworkPicture,
} from '@/domain';
import type { Sector } from '@/domain';
import { A4, INK, MUTED, type PdfFlow } from './pdf-flow';
import { clean, wrapText } from './pdf-text';
import type { DocText } from '../strings/strings';

/** The app's sector tints, as PDF colours. */
const TINT = Object.fromEntries(SECTORS.map((s) => [s, hex(SECTOR_TINT[s])])) as Readonly<
  Record<Sector, RGB>
>;
const INK_SOFT = hex('#5a4a40');
const WHITE = rgb(1, 1, 1);

export function hex(value: string): RGB {
  const n = parseInt(value.replace('#', ''), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

/** Map units to the page: the map as wide as the page allows less a small margin. */
interface Frame {
  page: PDFPage;
  left: number;
  top: number;
  scale: number;
}

function at(f: Frame, x: number, y: number): { x: number; y: number } {
  return { x: f.left + x * f.scale, y: f.top - y * f.scale };
}

/** The width of the white outline around a person's name, in map units, as the app's SVG. */
export const NAME_HALO = 4;

export function drawNetworkMap(
  flow: PdfFlow,
  centreName: string,
  entries: readonly MapEntry[],
  t: DocText,
  /** The bold font's outlines, for the names' halo (none when the font file is a collection). */
  boldFace?: Font,
): void {
  const page = flow.newPage();
  flow.heading(t.s.sections.network, 1);
  flow.text(t.s.networkLegend, { size: 10, color: MUTED });
  // The same people the app's map draws (the closest few hundred when there are more).
  const picture = networkPicture(drawnOnMap(entries), centreName);
  const g = picture.geometry;
  const scale = (A4[0] - 64) / g.width;
  const frame: Frame = { page, left: (A4[0] - g.width * scale) / 2, top: flow.y - 10, scale };
  drawBackdrop(flow, frame, picture, t);
  drawLines(frame, picture);
  drawCentre(flow, frame, picture, centreName);
  drawPeople(flow, frame, picture, boldFace);
  flow.y = frame.top - g.height * scale - 20;
}

function drawBackdrop(flow: PdfFlow, f: Frame, picture: NetworkPicture, t: DocText): void {
  const { backdrop: b, geometry: g } = picture;
  const { bold, regular } = flow.fonts;
  for (const w of b.wedges) {
    f.page.drawSvgPath(w.d, {
      x: f.left,
      y: f.top,
      scale: f.scale,
      color: TINT[w.sector],
      opacity: 0.55,
    });
  }
  const centre = at(f, g.cx, g.cy);
  for (const r of b.rings) {
    f.page.drawCircle({
      ...centre,
      size: r.r * f.scale,
      borderColor: INK_SOFT,
      borderWidth: 2 * f.scale,
    });
  }
  for (const s of b.spokes) {
    f.page.drawLine({
      start: at(f, s.x1, s.y1),
      end: at(f, s.x2, s.y2),
      thickness: 1.5 * f.scale,
      color: INK_SOFT,
      opacity: 0.6,
    });
  }
  const sectorSize = 24 * f.scale;
  for (const l of b.sectorLabels) {
    const text = clean(t.s.sectors[l.sector], flow.charset);
    const w = bold.widthOfTextAtSize(text, sectorSize);
    const p = at(f, l.x, l.y);
    const x = l.anchor === 'start' ? p.x : l.anchor === 'end' ? p.x - w : p.x - w / 2;
    f.page.drawText(text, { x, y: p.y, size: sectorSize, font: bold, color: INK });
  }
  const ringSize = 20 * f.scale;
  for (const l of b.ringLabels) {
    const text = clean(t.s.rings[CLOSENESS_KEY[l.closeness]], flow.charset);
    const w = regular.widthOfTextAtSize(text, ringSize);
    const p = at(f, l.x, l.y);
    // A band of paper behind the name, as the app's halo, so a spoke never runs through it.
    f.page.drawRectangle({
      x: p.x - w / 2 - 2,
      y: p.y - ringSize * 0.3,
      width: w + 4,
      height: ringSize * 1.1,
      color: WHITE,
      opacity: 0.85,
    });
    f.page.drawText(text, { x: p.x - w / 2, y: p.y, size: ringSize, font: regular, color: INK });
  }
}

function drawLines(f: Frame, picture: NetworkPicture): void {
  for (const l of picture.lines) {
    if (l.d === '') continue;
    const style = LINE_STYLE[l.line];
    f.page.drawSvgPath(l.d, {
      x: f.left,
      y: f.top,
      scale: f.scale,
      borderColor: hex(style.stroke),
      borderWidth: style.width,
      borderLineCap: LineCapStyle.Round,
      ...(style.dash ? { borderDashArray: style.dash.split(' ').map(Number) } : {}),
    });
  }
}

function drawCentre(flow: PdfFlow, f: Frame, picture: NetworkPicture, name: string): void {
  const { geometry: g } = picture;
  const c = at(f, g.cx, g.cy);
  const r = g.radii[0] * f.scale;
  f.page.drawCircle({ ...c, size: r, color: WHITE, borderColor: INK, borderWidth: 4 * f.scale });
  const centre = centreLines(name, flow, r * 1.7);
  const { bold } = flow.fonts;
  centre.lines.forEach((line, i) => {
    f.page.drawText(line, {
      x: c.x - bold.widthOfTextAtSize(line, centre.size) / 2,
      y: c.y - centre.size * 0.35 + ((centre.lines.length - 1) / 2 - i) * centre.size * 1.15,
      size: centre.size,
      font: bold,
      color: INK,
    });
  });
}

function drawPeople(flow: PdfFlow, f: Frame, picture: NetworkPicture, face?: Font): void {
  const { bold } = flow.fonts;
  for (const n of picture.nodes) {
    const c = at(f, n.shape.cx, n.shape.cy);
    const r = n.shape.r * f.scale;
    f.page.drawCircle({
      ...c,
      size: r,
      color: TINT[n.sector],
      borderColor: INK,
      borderWidth: 2.5 * f.scale,
    });
    const letters = clean(n.initials, flow.charset);
    const letterSize = n.shape.r * 0.85 * f.scale;
    f.page.drawText(letters, {
      x: c.x - bold.widthOfTextAtSize(letters, letterSize) / 2,
      y: c.y - n.shape.r * 0.32 * f.scale,
      size: letterSize,
      font: bold,
      color: INK,
    });
    if (!n.label) continue;
    const text = clean(n.label.text, flow.charset);
    const size = n.label.size * f.scale;
    const p = at(f, n.label.x, n.label.y);
    const x = p.x - bold.widthOfTextAtSize(text, size) / 2;
    if (face) drawHalo(f.page, face, text, { x, y: p.y, size, width: NAME_HALO * f.scale });
    f.page.drawText(text, { x, y: p.y, size, font: bold, color: INK });
  }
}

/**
 * A white outline around a name, as the app's `paint-order: stroke` halo, so a line or a wedge
 * never runs through it. It is drawn from the glyphs' outlines as a path, not as a second copy
 * of the text, so a reader that copies the page or reads it aloud gets each name once. Glyphs
 * advance by their widths alone, as pdf-lib places the text drawn over it.
 */
function drawHalo(
  page: PDFPage,
  face: Font,
  text: string,
  at: { x: number; y: number; size: number; width: number },
): void {
  let pen = 0;
  const parts: string[] = [];
  for (const glyph of face.layout(text).glyphs) {
    // Font units point up, SVG paths down: flip each glyph and move it to its place.
    parts.push(glyph.path.transform(1, 0, 0, -1, pen, 0).toSVG());
    pen += glyph.advanceWidth;
  }
  const d = parts.join(' ').trim();
  if (d === '') return;
  const scale = at.size / face.unitsPerEm;
  // Round corners: a wide stroke's mitred corners would stick out of the letters as spikes.
  page.pushOperators(pushGraphicsState(), setLineJoin(LineJoinStyle.Round));
  page.drawSvgPath(d, {
    x: at.x,
    y: at.y,
    scale,
    borderColor: WHITE,
    borderWidth: at.width / scale,
    borderLineCap: LineCapStyle.Round,
  });
  page.pushOperators(popGraphicsState());
}

/**
 * The child's name in full in the middle circle: the largest size at which it fits in up to
 * four lines (a long word is split), never cut short with '…'.
 */
export function centreLines(
  name: string,
  flow: PdfFlow,
  width: number,
): { lines: string[]; size: number } {
  const text = clean(name, flow.charset);
  let size = 11;
  let lines = wrapText(text, flow.fonts.bold, size, width, flow.charset);
  while (size > 5 && lines.length * size * 1.15 > width) {
    size -= 0.5;
    lines = wrapText(text, flow.fonts.bold, size, width, flow.charset);
  }
  return { lines, size };
}
