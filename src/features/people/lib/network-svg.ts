import type { NetworkLine, NetworkSnapshot, Person, Sector } from '@/domain';

import { mapEntries } from './map-entries';
import {
  backdrop,
  centreLabel,
  LINE_STYLE,
  linePath,
  nodeShape,
  segmentPath,
} from './network-drawing';
import { layoutNetwork, MAP_GEOMETRY } from './network-layout';
import { NETWORK_LINES, SECTOR_TINT } from '@/domain';
import { escapeXml as x, initials, shorten } from './svg-text';

export interface NetworkSvgOptions {
  /** The picture's accessible name, e.g. "Alma's network map, 3 March 2025". */
  title: string;
  /** A sentence or two that say what the picture shows, for screen readers. */
  description: string;
  /** The child's name in the middle. */
  centreName: string;
  sectorLabels: Readonly<Record<Sector, string>>;
  ringLabels: readonly [string, string, string];
  /** When given, a key to the three kinds of line is drawn in the corner. */
  lineLabels?: Readonly<Record<NetworkLine, string>>;
  /** Shown in the top corner, e.g. the date of the snapshot. */
  caption?: string;
  /** Portraits as `data:` URLs (person id → URL); any other kind of URL is left out. */
  portraits?: Readonly<Record<string, string>>;
  /** Width in pixels of the picture (the height follows); default: the drawing's own size. */
  width?: number;
  /** Prefix for the ids inside, so two maps can sit in one HTML page. */
  idPrefix?: string;
}

const INK = '#2b211c';
const INK_SOFT = '#5a4a40';
const PAPER = '#fff8ef';
const FONT = "'Atkinson Hyperlegible', Verdana, Arial, sans-serif";
const DATA_IMAGE = /^data:image\/(?:jpeg|png|webp|gif);base64,[A-Za-z0-9+/]+=*$/;

/**
 * The network map as one self-contained SVG document: no scripts, no external references
 * (portraits only as data: URLs), every text escaped. The moving pack and "save as a
 * picture" both use it, so it takes everything it shows as arguments and knows no i18n.
 */
export function networkMapSvg(
  people: readonly Person[],
  snapshot: NetworkSnapshot | undefined,
  options: NetworkSvgOptions,
): string {
  const g = MAP_GEOMETRY;
  const id = (s: string) => `${options.idPrefix ?? 'livsbog-map'}-${s}`;
  const entries = mapEntries(people, snapshot);
  const nodes = layoutNetwork(
    entries.map((e) => ({ id: e.person.id, sector: e.sector, closeness: e.closeness })),
  );
  const b = backdrop(g);
  const centre = centreLabel(options.centreName, g);
  const width = options.width ?? g.width;
  const height = Math.round((width * g.height) / g.width);
  const out: string[] = [];

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.width} ${g.height}" width="${width}" height="${height}" role="img" aria-labelledby="${id('title')} ${id('desc')}" font-family="${x(FONT)}">`,
    `<title id="${id('title')}">${x(options.title)}</title>`,
    `<desc id="${id('desc')}">${x(options.description)}</desc>`,
    `<rect width="${g.width}" height="${g.height}" fill="${PAPER}"/>`,
  );
  for (const w of b.wedges) {
    out.push(`<path d="${w.d}" fill="${SECTOR_TINT[w.sector]}" fill-opacity="0.55"/>`);
  }
  for (const r of b.rings) {
    out.push(
      `<circle cx="${g.cx}" cy="${g.cy}" r="${r.r}" fill="none" stroke="${INK_SOFT}" stroke-width="2"/>`,
    );
  }
  for (const s of b.spokes) {
    out.push(
      `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke="${INK_SOFT}" stroke-width="1.5" stroke-opacity="0.6"/>`,
    );
  }
  for (const l of b.sectorLabels) {
    out.push(
      `<text x="${l.x}" y="${l.y}" text-anchor="${l.anchor}" font-size="24" font-weight="700" fill="${INK}">${x(options.sectorLabels[l.sector])}</text>`,
    );
  }
  for (const l of b.ringLabels) {
    out.push(
      `<text x="${l.x}" y="${l.y}" text-anchor="middle" font-size="20" fill="${INK}" stroke="${PAPER}" stroke-width="5" paint-order="stroke">${x(options.ringLabels[l.closeness - 1] ?? '')}</text>`,
    );
  }

  const shapes = new Map(nodes.map((n) => [n.id, nodeShape(n)]));
  for (const e of entries) {
    const shape = shapes.get(e.person.id);
    if (!shape || !e.line) continue;
    const st = LINE_STYLE[e.line];
    out.push(
      `<path d="${linePath(shape, e.line, g)}" fill="none" stroke="${st.stroke}" stroke-width="${st.width}" stroke-linecap="round" stroke-linejoin="round"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>`,
    );
  }

  out.push(
    `<circle cx="${b.centre.x}" cy="${b.centre.y}" r="${b.centre.r}" fill="#ffffff" stroke="${INK}" stroke-width="4"/>`,
    `<text x="${centre.x}" y="${centre.y}" text-anchor="middle" font-size="${centre.size}" font-weight="700" fill="${INK}">${x(centre.text)}</text>`,
  );

  nodes.forEach((n, i) => {
    const entry = entries[i];
    const shape = shapes.get(n.id);
    if (!entry || !shape) return;
    const portrait = options.portraits?.[n.id];
    const tint = SECTOR_TINT[n.sector];
    out.push(`<g><title>${x(entry.person.name)}</title>`);
    out.push(
      `<circle cx="${r1(shape.cx)}" cy="${r1(shape.cy)}" r="${r1(shape.r)}" fill="${tint}" stroke="${INK}" stroke-width="2.5"/>`,
    );
    if (portrait && DATA_IMAGE.test(portrait)) {
      const clip = id(`clip-${i}`);
      out.push(
        `<clipPath id="${clip}"><circle cx="${r1(shape.cx)}" cy="${r1(shape.cy)}" r="${r1(shape.r - 1.5)}"/></clipPath>`,
        `<image href="${portrait}" x="${r1(shape.cx - shape.r)}" y="${r1(shape.cy - shape.r)}" width="${r1(shape.r * 2)}" height="${r1(shape.r * 2)}" preserveAspectRatio="xMidYMid slice" clip-path="url(#${clip})"/>`,
      );
    } else {
      out.push(
        `<text x="${r1(shape.cx)}" y="${r1(shape.cy + shape.r * 0.32)}" text-anchor="middle" font-size="${r1(shape.r * 0.85)}" font-weight="700" fill="${INK}">${x(initials(entry.person.name))}</text>`,
      );
    }
    if (shape.label) {
      out.push(
        `<text x="${r1(shape.label.x)}" y="${r1(shape.label.y)}" text-anchor="middle" font-size="${r1(shape.label.size)}" font-weight="700" fill="${INK}" stroke="${PAPER}" stroke-width="4" paint-order="stroke">${x(shorten(entry.person.name, shape.label.maxChars))}</text>`,
      );
    }
    out.push('</g>');
  });

  if (options.caption) {
    out.push(
      `<text x="24" y="44" font-size="24" font-weight="700" fill="${INK}">${x(options.caption)}</text>`,
    );
  }
  if (options.lineLabels) {
    NETWORK_LINES.forEach((line, i) => {
      const y = g.height - 110 + i * 38;
      const st = LINE_STYLE[line];
      const sample = segmentPath({ x: 24, y }, { x: 94, y }, line);
      out.push(
        `<path d="${sample}" fill="none" stroke="${st.stroke}" stroke-width="${st.width}" stroke-linecap="round"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>`,
        `<text x="110" y="${y + 7}" font-size="20" fill="${INK}">${x(options.lineLabels?.[line] ?? '')}</text>`,
      );
    });
  }
  out.push('</svg>');
  return out.join('');
}

function r1(n: number): number {
  return Math.round(n * 10) / 10;
}
