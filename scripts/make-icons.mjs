#!/usr/bin/env node
// `npm run icons`: draws the app icons (an open cream book with a small heart on terracotta)
// and writes them as PNG and SVG. Pure Node, no image libraries, so anyone can regenerate them;
// the output is committed because the build only copies public/.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const publicDir = path.join(root, 'public');

const background = [0xb4, 0x53, 0x2a]; // #b4532a, the theme colour
const foreground = [0xff, 0xf8, 0xef]; // #fff8ef, the background colour of the app
const supersampling = 4; // 4 × 4 samples a pixel: smooth edges without a rasteriser library

// ---------------------------------------------------------------------------------------------
// The motif, as polygons in a unit box (x right, y down). Curves are sampled into polygons so
// the PNG rasteriser and the SVG favicon draw exactly the same shape.

const curveSteps = 48;

function sample(steps, fn) {
  return Array.from({ length: steps + 1 }, (_, i) => fn(i / steps));
}

/** One page: edges rise from the spine to the outer edge, like an open book seen from above. */
function page(side) {
  const spine = 0.5 + side * 0.025;
  const outer = 0.5 + side * 0.44;
  const x = (t) => spine + (outer - spine) * t;
  const lift = (t) => Math.sin((t * Math.PI) / 2);
  const top = sample(curveSteps, (t) => [x(t), 0.4 - 0.12 * lift(t)]);
  const bottom = sample(curveSteps, (t) => [x(t), 0.78 - 0.07 * lift(t)]).reverse();
  return [...top, ...bottom];
}

/** The cover under both pages: a band following the pages' lower edge, one piece. */
function cover() {
  const lift = (t) => Math.sin((t * Math.PI) / 2);
  const x = (t) => 0.03 + 0.94 * t;
  // Distance from the spine drives the rise, so the band dips in the middle like the pages.
  const rise = (t) => lift(Math.min(1, Math.abs(t - 0.5) / 0.47));
  const upper = sample(curveSteps * 2, (t) => [x(t), 0.815 - 0.07 * rise(t)]);
  const lower = sample(curveSteps * 2, (t) => [x(t), 0.865 - 0.07 * rise(t)]).reverse();
  return [...upper, ...lower];
}

/** The classic parametric heart, scaled to `width` and placed with its centre at (cx, cy). */
function heart(cx, cy, width) {
  const scale = width / 32;
  return sample(curveSteps * 3, (s) => {
    const t = s * 2 * Math.PI;
    const hx = 16 * Math.sin(t) ** 3;
    const hy = 13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t);
    return [cx + hx * scale, cy - hy * scale];
  }).slice(0, -1);
}

const motif = [page(-1), page(1), cover(), heart(0.5, 0.205, 0.2)];

function bounds(polygons) {
  const points = polygons.flat();
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return {
    minX: Math.min(...xs),
    maxX: Math.max(...xs),
    minY: Math.min(...ys),
    maxY: Math.max(...ys),
  };
}

/**
 * Places the motif centred on the icon. `width` is the motif's width as a share of the icon; a
 * maskable icon instead fits every point inside a circle of `safeRadius` (the central 80 % safe
 * zone has radius 0.4), since launchers may crop to a circle.
 */
function layout({ width, safeRadius }) {
  const box = bounds(motif);
  const cx = (box.minX + box.maxX) / 2;
  const cy = (box.minY + box.maxY) / 2;
  let scale = width / (box.maxX - box.minX);
  if (safeRadius !== undefined) {
    const farthest = Math.max(...motif.flat().map(([x, y]) => Math.hypot(x - cx, y - cy)));
    scale = safeRadius / farthest;
  }
  return motif.map((polygon) =>
    polygon.map(([x, y]) => [0.5 + (x - cx) * scale, 0.5 + (y - cy) * scale]),
  );
}

// ---------------------------------------------------------------------------------------------
// Rasterising: even-odd point-in-polygon per sample, with a bounding box to skip most tests.

function prepare(polygon) {
  return { points: polygon, box: bounds([polygon]) };
}

function inside({ points, box }, x, y) {
  if (x < box.minX || x > box.maxX || y < box.minY || y > box.maxY) return false;
  let hit = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function inRoundedSquare(x, y, radius) {
  const dx = Math.max(radius - x, 0, x - (1 - radius));
  const dy = Math.max(radius - y, 0, y - (1 - radius));
  return dx * dx + dy * dy <= radius * radius;
}

function render(size, { cornerRadius, ...placement }) {
  const shapes = layout(placement).map(prepare);
  const rgba = new Uint8Array(size * size * 4);
  const n = supersampling;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < n; sy += 1) {
        for (let sx = 0; sx < n; sx += 1) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (cornerRadius > 0 && !inRoundedSquare(x, y, cornerRadius)) continue;
          bg += 1;
          if (shapes.some((shape) => inside(shape, x, y))) fg += 1;
        }
      }
      const offset = (py * size + px) * 4;
      if (bg === 0) continue;
      for (let c = 0; c < 3; c += 1) {
        rgba[offset + c] = Math.round((foreground[c] * fg + background[c] * (bg - fg)) / bg);
      }
      rgba[offset + 3] = Math.round((255 * bg) / (n * n));
    }
  }
  return rgba;
}

// ---------------------------------------------------------------------------------------------
// PNG: signature, IHDR, one zlib IDAT, IEND; every chunk closed by a CRC-32.

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  // Fully opaque icons are stored as RGB: a quarter smaller, and iOS wants no alpha anyway.
  const opaque = rgba.every((value, i) => i % 4 !== 3 || value === 255);
  const channels = opaque ? 3 : 4;
  const rows = Buffer.alloc(size * (size * channels + 1));
  for (let y = 0; y < size; y += 1) {
    const rowStart = y * (size * channels + 1);
    rows[rowStart] = 0; // filter type None: the flat colours deflate well without filtering
    for (let x = 0; x < size; x += 1) {
      const from = (y * size + x) * 4;
      const to = rowStart + 1 + x * channels;
      for (let c = 0; c < channels; c += 1) rows[to + c] = rgba[from + c];
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = opaque ? 2 : 6; // colour type: RGB or RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
// SVG favicon: the same polygons in a 100 × 100 view box.

function hex([r, g, b]) {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function svg(placement, cornerRadius) {
  const paths = layout(placement)
    .map((polygon) => {
      // A tenth of a unit is far below a pixel at favicon sizes; it keeps the file small.
      const points = polygon.map(([x, y]) => `${(x * 100).toFixed(1)} ${(y * 100).toFixed(1)}`);
      return `<path d="M${points.join(' ')}Z"/>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">` +
    `<rect width="100" height="100" rx="${cornerRadius * 100}" fill="${hex(background)}"/>` +
    `<g fill="${hex(foreground)}">${paths}</g></svg>\n`
  );
}

// ---------------------------------------------------------------------------------------------

const standard = { width: 0.72, cornerRadius: 0.2 };
const icons = [
  { file: 'icons/icon-192.png', size: 192, ...standard },
  { file: 'icons/icon-512.png', size: 512, ...standard },
  // Maskable: full-bleed background, motif inside the central safe circle (radius 0.4).
  { file: 'icons/icon-maskable-512.png', size: 512, safeRadius: 0.36, cornerRadius: 0 },
  // iOS rounds the corners itself and shows transparency as black, so fill the square.
  { file: 'icons/apple-touch-icon-180.png', size: 180, width: 0.72, cornerRadius: 0 },
];

await mkdir(path.join(publicDir, 'icons'), { recursive: true });
for (const { file, size, ...options } of icons) {
  const png = encodePng(size, render(size, options));
  await writeFile(path.join(publicDir, file), png);
  console.log(`wrote public/${file} (${size}×${size}, ${(png.length / 1024).toFixed(1)} KiB)`);
}
await writeFile(path.join(publicDir, 'favicon.svg'), svg({ width: 0.8 }, 0.2));
console.log('wrote public/favicon.svg');
