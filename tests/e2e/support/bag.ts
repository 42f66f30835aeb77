import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { unzipSync } from 'fflate';

/** A pack zip unpacked in memory: path inside the zip → bytes. */
export function unzipPack(zip: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(zip)));
}

/** Writes an unpacked pack to a folder, as a user who double-clicks the zip would have it. */
export async function writeUnpacked(files: Map<string, Uint8Array>, dir: string): Promise<void> {
  for (const [name, bytes] of files) {
    if (name.endsWith('/')) continue;
    const target = path.join(dir, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
}

/**
 * Checks a bag as a BagIt validator would (RFC 8493 §3): the declaration, every payload file
 * listed in manifest-sha256.txt with its hash, nothing unlisted in data/, the tag manifest,
 * and Payload-Oxum. Returns the problems found (none for a valid bag).
 */
export function bagProblems(files: Map<string, Uint8Array>): string[] {
  const problems: string[] = [];
  const roots = new Set([...files.keys()].map((n) => n.split('/')[0] ?? ''));
  if (roots.size !== 1) return [`expected one root folder, found ${[...roots].join(', ')}`];
  const root = [...roots][0] ?? '';
  const text = (name: string) => {
    const bytes = files.get(`${root}/${name}`);
    return bytes ? new TextDecoder().decode(bytes) : undefined;
  };
  const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
  const declaration = text('bagit.txt');
  if (declaration !== 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n') {
    problems.push(`bagit.txt is ${JSON.stringify(declaration)}`);
  }
  const check = (manifestName: string, listed: Set<string>) => {
    const manifest = text(manifestName) ?? '';
    if (manifest === '') problems.push(`${manifestName} missing`);
    for (const line of manifest.split('\n').filter(Boolean)) {
      const [hash, ...rest] = line.split(' ');
      const name = rest
        .join(' ')
        .trim()
        .replace(/%0A/g, '\n')
        .replace(/%0D/g, '\r')
        .replace(/%25/g, '%');
      listed.add(name);
      const bytes = files.get(`${root}/${name}`);
      if (!bytes) problems.push(`${manifestName}: ${name} missing`);
      else if (sha(bytes) !== hash) problems.push(`${manifestName}: ${name} hash differs`);
    }
  };
  const payload = new Set<string>();
  check('manifest-sha256.txt', payload);
  const tags = new Set<string>();
  check('tagmanifest-sha256.txt', tags);
  let octets = 0;
  let count = 0;
  for (const [name, bytes] of files) {
    const rel = name.slice(root.length + 1);
    if (!rel.startsWith('data/') || name.endsWith('/')) continue;
    octets += bytes.byteLength;
    count += 1;
    if (!payload.has(rel)) problems.push(`${rel} is not in the manifest`);
  }
  const oxum = /Payload-Oxum: (\d+)\.(\d+)/.exec(text('bag-info.txt') ?? '');
  if (oxum?.[1] !== String(octets) || oxum[2] !== String(count)) {
    problems.push(
      `Payload-Oxum ${oxum?.[0] ?? 'missing'} but payload is ${String(octets)}.${String(count)}`,
    );
  }
  for (const tag of ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt']) {
    if (!tags.has(tag)) problems.push(`tagmanifest does not list ${tag}`);
  }
  return problems;
}

export function rootOf(files: Map<string, Uint8Array>): string {
  return [...files.keys()][0]?.split('/')[0] ?? '';
}
