/**
 * The network map as vector drawing: the child in the centre, three rings by closeness
 * (closest innermost), seven sectors around (family, relatives, …) as on the app's map. Kept
 * simple: people spread evenly within their sector and ring, names shortened to fit.
 */
import { rgb, type RGB } from '@cantoo/pdf-lib';

import { SECTOR_TINT, SECTORS } from '@/domain';
import type { Closeness, NetworkLine, Sector } from '@/domain';
import { A4, INK, MUTED, type PdfFlow } from './pdf-flow';
import { clean, fitLine, wrapText } from './pdf-text';
import { SECTOR_ORDER } from './outline';
import type { DocText } from '../strings/strings';

export interface MapPerson {
  name: string;
  sector: Sector;
  closeness: Closeness;
  line?: NetworkLine;
}

/** The app's sector tints, as PDF colours. */
const TINT = Object.fromEntries(SECTORS.map((s) => [s, hex(SECTOR_TINT[s])])) as Readonly<
  Record<Sector, RGB>
>;

export function hex(value: string): RGB {
  const n = parseInt(value.replace('#', ''), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

const RADIUS = 215;
const CENTRE_R = 0.14;
const RING_OUTER = [0.38, 0.68, 1] as const;
const RING_MID: Readonly<Record<Closeness, number>> = { 1: 0.26, 2: 0.53, 3: 0.84 };

/** Angle (radians, PDF orientation) of a point `turn` of the way round, clockwise from the top. */
function angle(turn: number): number {
  return Math.PI / 2 - turn * 2 * Math.PI;
}

export function drawNetworkMap(
  flow: PdfFlow,
  centreName: string,
  people: readonly MapPerson[],
  t: DocText,
): void {
  const page = flow.newPage();
  flow.heading(t.s.sections.network, 1);
  flow.text(t.s.networkLegend, { size: 10, color: MUTED });
  const cx = A4[0] / 2;
  const cy = flow.y - 40 - RADIUS;
  const at = (turn: number, r: number) => ({
    x: cx + r * RADIUS * Math.cos(angle(turn)),
    y: cy + r * RADIUS * Math.sin(angle(turn)),
  });
  const { regular, bold } = flow.fonts;

  for (const r of RING_OUTER) {
    page.drawCircle({
      x: cx,
      y: cy,
      size: r * RADIUS,
      borderColor: MUTED,
      borderWidth: 0.5,
      opacity: 0,
    });
  }
  const span = 1 / SECTOR_ORDER.length;
  SECTOR_ORDER.forEach((sector, i) => {
    const from = at(i * span, CENTRE_R);
    const to = at(i * span, 1);
    page.drawLine({ start: from, end: to, thickness: 0.5, color: MUTED });
    const label = clean(t.s.sectors[sector], flow.charset);
    const p = at((i + 0.5) * span, 1.09);
    const w = bold.widthOfTextAtSize(label, 9);
    page.drawText(label, { x: p.x - w / 2, y: p.y - 3, size: 9, font: bold, color: INK });
  });

  const dots: { x: number; y: number; person: MapPerson; width: number }[] = [];
  SECTOR_ORDER.forEach((sector, i) => {
    for (const c of [1, 2, 3] as const) {
      const group = people.filter((p) => p.sector === sector && p.closeness === c);
      group.forEach((person, j) => {
        // Alternate slightly in and out so neighbours' names do not sit on one line.
        const r = RING_MID[c] + (group.length > 3 ? (j % 2 ? 0.05 : -0.05) : 0);
        const turn = (i + (j + 1) / (group.length + 1)) * span;
        const width = Math.max(36, Math.min(90, (2 * Math.PI * r * RADIUS * span) / group.length));
        dots.push({ ...at(turn, r), person, width });
      });
    }
  });
  // Lines only where the app draws them: a person without a chosen line has none.
  for (const edge of mapEdges(dots)) {
    page.drawLine({
      start: { x: cx, y: cy },
      end: { x: edge.x, y: edge.y },
      ...lineStyle(edge.line),
    });
  }
  page.drawCircle({
    x: cx,
    y: cy,
    size: CENTRE_R * RADIUS,
    color: hex('#fff8ef'),
    borderColor: INK,
    borderWidth: 1.5,
  });
  const centre = centreLines(centreName, flow);
  centre.lines.forEach((line, i) => {
    page.drawText(line, {
      x: cx - bold.widthOfTextAtSize(line, centre.size) / 2,
      y: cy - centre.size * 0.35 + ((centre.lines.length - 1) / 2 - i) * centre.size * 1.15,
      size: centre.size,
      font: bold,
      color: INK,
    });
  });
  for (const d of dots) {
    page.drawCircle({
      x: d.x,
      y: d.y,
      size: 5,
      color: TINT[d.person.sector],
      borderColor: INK,
      borderWidth: 0.8,
    });
    const name = fitLine(clean(d.person.name, flow.charset), regular, 7, d.width);
    page.drawText(name, {
      x: d.x - regular.widthOfTextAtSize(name, 7) / 2,
      y: d.y - 13,
      size: 7,
      font: regular,
      color: INK,
    });
  }
  flow.y = cy - RADIUS - 40;
}

function lineStyle(line: NetworkLine) {
  if (line === 'strong') return { thickness: 2, color: INK };
  if (line === 'weak') return { thickness: 0.6, color: MUTED, dashArray: [2, 2] };
  return { thickness: 1.2, color: rgb(0.6, 0.1, 0.1), dashArray: [6, 3] };
}

export interface MapEdge {
  name: string;
  line: NetworkLine;
  x: number;
  y: number;
}

/** The lines from the child to the people on the map: only those with a line, as in the app. */
export function mapEdges(dots: readonly { x: number; y: number; person: MapPerson }[]): MapEdge[] {
  return dots.flatMap((d) =>
    d.person.line ? [{ name: d.person.name, line: d.person.line, x: d.x, y: d.y }] : [],
  );
}

/**
 * The child's name in full in the middle circle: the largest size at which it fits in up to
 * four lines (a long word is split), never cut short with '…'.
 */
export function centreLines(name: string, flow: PdfFlow): { lines: string[]; size: number } {
  const width = CENTRE_R * RADIUS * 1.7;
  const text = clean(name, flow.charset);
  let size = 11;
  let lines = wrapText(text, flow.fonts.bold, size, width, flow.charset);
  while (size > 5 && lines.length * size * 1.15 > width) {
    size -= 0.5;
    lines = wrapText(text, flow.fonts.bold, size, width, flow.charset);
  }
  return { lines, size };
}
