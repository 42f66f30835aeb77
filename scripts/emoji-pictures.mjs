#!/usr/bin/env node
// `node scripts/emoji-pictures.mjs DIR 🏠 🏫 …`: copies the Twemoji pictures of the given emoji
// into src/components/emoji/, one SVG per emoji named by its code points (as Twemoji names them,
// without U+FE0F), unchanged apart from the <svg> wrapper. DIR is the unpacked npm package
// @iconify-json/twemoji (`npm pack @iconify-json/twemoji@1.2.5`, then untar): it is not a
// dependency, since only these few pictures ship. Licence: CC BY 4.0 (see the folder's README).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'src', 'components', 'emoji');
const [dir, ...emoji] = process.argv.slice(2).filter((arg) => arg !== '--');
if (!dir || emoji.length === 0) {
  console.error('usage: node scripts/emoji-pictures.mjs DIR EMOJI…');
  process.exit(2);
}

const icons = JSON.parse(await readFile(path.join(dir, 'icons.json'), 'utf8'));
const chars = JSON.parse(await readFile(path.join(dir, 'chars.json'), 'utf8'));

/** Code points in hex joined by "-", without the variation selector (Twemoji's file names). */
function fileName(text) {
  return [...text]
    .map((ch) => ch.codePointAt(0) ?? 0)
    .filter((cp) => cp !== 0xfe0f)
    .map((cp) => cp.toString(16))
    .join('-');
}

for (const e of emoji) {
  const name = fileName(e);
  const iconName = chars[name];
  const icon = iconName
    ? (icons.icons[iconName] ?? icons.icons[icons.aliases?.[iconName]?.parent])
    : undefined;
  if (!icon) {
    console.error(`${e} (${name}): not in the set`);
    process.exitCode = 1;
    continue;
  }
  const width = icon.width ?? icons.width ?? 36;
  const height = icon.height ?? icons.height ?? 36;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">${icon.body}</svg>\n`;
  await writeFile(path.join(outDir, `${name}.svg`), svg);
  console.log(`${e}  ${name}.svg  ${iconName}  ${svg.length} B`);
}
