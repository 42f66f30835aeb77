/*
 * Test-only: take a pack apart, change it, put it together again. The bag's tag files are
 * recomputed with node:crypto (independently of bagit.ts), so a test can break exactly one
 * thing and see exactly one error.
 */
import { createHash } from 'node:crypto';

import { unzipSync, zipSync, type Zippable } from 'fflate';

export type Files = Map<string, Uint8Array>;

const enc = new TextEncoder();
const dec = new TextDecoder();

export function sha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** fflate's synchronous unzip reads the central directory, so it is a fair second opinion. */
export function unzipFiles(zip: Uint8Array): Files {
  return new Map(Object.entries(unzipSync(zip)));
}

export function zipFiles(
  files: Files | [string, Uint8Array][],
  level: 0 | 6 | 9 = 0,
): Uint8Array<ArrayBuffer> {
  const input: Zippable = {};
  for (const [name, bytes] of files) input[name] = [bytes, { level }];
  return zipSync(input);
}

export function text(files: Files, name: string): string {
  const b = files.get(name);
  if (!b) throw new Error(`no ${name}`);
  return dec.decode(b);
}

export function setText(files: Files, name: string, value: string): void {
  files.set(name, enc.encode(value));
}

export function rootOf(files: Files): string {
  const first = [...files.keys()][0] ?? '';
  return first.slice(0, first.indexOf('/'));
}

/** Changes livsbog.json as parsed JSON. */
export function editJson(files: Files, edit: (json: Record<string, unknown>) => void): void {
  const name = `${rootOf(files)}/data/livsbog.json`;
  const json = JSON.parse(text(files, name)) as Record<string, unknown>;
  edit(json);
  setText(files, name, JSON.stringify(json));
}

/** Recomputes manifest-sha256.txt, Payload-Oxum and tagmanifest-sha256.txt for the files now present. */
export function rebag(files: Files): void {
  const root = rootOf(files);
  const payload = [...files].filter(([n]) => n.startsWith(`${root}/data/`) && !n.endsWith('/'));
  const manifest = payload.map(([n, b]) => `${sha(b)}  ${n.slice(root.length + 1)}\n`).join('');
  setText(files, `${root}/manifest-sha256.txt`, manifest);
  const bytes = payload.reduce((s, [, b]) => s + b.length, 0);
  const info = text(files, `${root}/bag-info.txt`).replace(
    /^Payload-Oxum: .*$/m,
    `Payload-Oxum: ${bytes}.${payload.length}`,
  );
  setText(files, `${root}/bag-info.txt`, info);
  retag(files);
}

/** Only the tag manifest, e.g. after editing bag-info.txt by hand. */
export function retag(files: Files): void {
  const root = rootOf(files);
  const tags = ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt'];
  const lines = tags.map((t) => `${sha(files.get(`${root}/${t}`) ?? new Uint8Array())}  ${t}\n`);
  setText(files, `${root}/tagmanifest-sha256.txt`, lines.join(''));
}
