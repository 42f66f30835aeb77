import { mapEntries, type MapEntry } from './map-entries';
import { LINE_STYLE, segmentPath } from './network-drawing';
import { networkPicture, type NetworkPicture } from './network-picture';
import { escapeXml as x } from './svg-text';
import { NETWORK_LINES, SECTOR_TINT } from './lists';
import type { NetworkLine, Sector } from './lists';
import type { NetworkSnapshot, Person } from './types';

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
 * (portraits only as data: URLs), every text escaped. "Save as a picture" uses it, and the PDF
 * draws the same `networkPicture`, so it takes everything it shows as arguments and knows no
 * i18n.
 */
export function networkMapSvg(
  people: readonly Person[],
  snapshot: NetworkSnapshot | undefined,
  options: NetworkSvgOptions,
): string {
  const entries: readonly MapEntry[] = mapEntries(people, snapshot);
  const picture = networkPicture(entries, options.centreName);
  const g = picture.geometry;
  const id = (s: string) => `${options.idPrefix ?? 'livsbog-map'}-${s}`;
  const width = options.width ?? g.width;
  const height = Math.round((width * g.height) / g.width);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.width} ${g.height}" width="${width}" height="${height}" role="img" aria-labelledby="${id('title')} ${id('desc')}" font-family="${x(FONT)}">`,
    `<title id="${id('title')}">${x(options.title)}</title>`,
    `<desc id="${id('desc')}">${x(options.description)}</desc>`,
    `<rect width="${g.width}" height="${g.height}" fill="${PAPER}"/>`,
    ...backdropSvg(picture, options),
    ...linesSvg(picture),
    `<circle cx="${picture.backdrop.centre.x}" cy="${picture.backdrop.centre.y}" r="${picture.backdrop.centre.r}" fill="#ffffff" stroke="${INK}" stroke-width="4"/>`,
    `<text x="${picture.centre.x}" y="${picture.centre.y}" text-anchor="middle" font-size="${picture.centre.size}" font-weight="700" fill="${INK}">${x(picture.centre.text)}</text>`,
    ...peopleSvg(picture, options, id),
    ...keySvg(picture, options),
    '</svg>',
  ].join('');
}

function backdropSvg(picture: NetworkPicture, options: NetworkSvgOptions): string[] {
  const { backdrop: b, geometry: g } = picture;
  return [
    ...b.wedges.map(
      (w) => `<path d="${w.d}" fill="${SECTOR_TINT[w.sector]}" fill-opacity="0.55"/>`,
    ),
    ...b.rings.map(
      (r) =>
        `<circle cx="${g.cx}" cy="${g.cy}" r="${r.r}" fill="none" stroke="${INK_SOFT}" stroke-width="2"/>`,
    ),
    ...b.spokes.map(
      (s) =>
        `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke="${INK_SOFT}" stroke-width="1.5" stroke-opacity="0.6"/>`,
    ),
    ...b.sectorLabels.map(
      (l) =>
        `<text x="${l.x}" y="${l.y}" text-anchor="${l.anchor}" font-size="24" font-weight="700" fill="${INK}">${x(options.sectorLabels[l.sector])}</text>`,
    ),
    ...b.ringLabels.map(
      (l) =>
        `<text x="${l.x}" y="${l.y}" text-anchor="middle" font-size="20" fill="${INK}" stroke="${PAPER}" stroke-width="5" paint-order="stroke">${x(options.ringLabels[l.closeness - 1] ?? '')}</text>`,
    ),
  ];
}

function linesSvg(picture: NetworkPicture): string[] {
  return picture.lines.map((l) => {
    const st = LINE_STYLE[l.line];
    return `<path d="${l.d}" fill="none" stroke="${st.stroke}" stroke-width="${st.width}" stroke-linecap="round" stroke-linejoin="round"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>`;
  });
}

function peopleSvg(
  picture: NetworkPicture,
  options: NetworkSvgOptions,
  id: (s: string) => string,
): string[] {
  return picture.nodes.flatMap((n, i) => {
    const { shape } = n;
    const portrait = options.portraits?.[n.id];
    const out = [
      `<g><title>${x(n.name)}</title>`,
      `<circle cx="${r1(shape.cx)}" cy="${r1(shape.cy)}" r="${r1(shape.r)}" fill="${SECTOR_TINT[n.sector]}" stroke="${INK}" stroke-width="2.5"/>`,
    ];
    if (portrait && DATA_IMAGE.test(portrait)) {
      const clip = id(`clip-${i}`);
      out.push(
        `<clipPath id="${clip}"><circle cx="${r1(shape.cx)}" cy="${r1(shape.cy)}" r="${r1(shape.r - 1.5)}"/></clipPath>`,
        `<image href="${portrait}" x="${r1(shape.cx - shape.r)}" y="${r1(shape.cy - shape.r)}" width="${r1(shape.r * 2)}" height="${r1(shape.r * 2)}" preserveAspectRatio="xMidYMid slice" clip-path="url(#${clip})"/>`,
      );
    } else {
      out.push(
        `<text x="${r1(shape.cx)}" y="${r1(shape.cy + shape.r * 0.32)}" text-anchor="middle" font-size="${r1(shape.r * 0.85)}" font-weight="700" fill="${INK}">${x(n.initials)}</text>`,
      );
    }
    if (n.label) {
      out.push(
        `<text x="${r1(n.label.x)}" y="${r1(n.label.y)}" text-anchor="middle" font-size="${r1(n.label.size)}" font-weight="700" fill="${INK}" stroke="${PAPER}" stroke-width="4" paint-order="stroke">${x(n.label.text)}</text>`,
      );
    }
    out.push('</g>');
    return out;
  });
}

function keySvg(picture: NetworkPicture, options: NetworkSvgOptions): string[] {
  const out: string[] = [];
  if (options.caption) {
    out.push(
      `<text x="24" y="44" font-size="24" font-weight="700" fill="${INK}">${x(options.caption)}</text>`,
    );
  }
  const labels = options.lineLabels;
  if (!labels) return out;
  NETWORK_LINES.forEach((line, i) => {
    const y = picture.geometry.height - 110 + i * 38;
    const st = LINE_STYLE[line];
    const sample = segmentPath({ x: 24, y }, { x: 94, y }, line);
    out.push(
      `<path d="${sample}" fill="none" stroke="${st.stroke}" stroke-width="${st.width}" stroke-linecap="round"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>`,
      `<text x="110" y="${y + 7}" font-size="20" fill="${INK}">${x(labels[line])}</text>`,
    );
  });
  return out;
}

function r1(n: number): number {
  return Math.round(n * 10) / 10;
}
