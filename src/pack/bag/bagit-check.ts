/**
 * Reading and verifying a bag (RFC 8493) from its tag texts and the files' sizes and hashes.
 * Pure, so the reader can check the layout before hashing gigabytes, and so tests can check a
 * bag built any other way. Only the tag files this format writes are accepted.
 */
import { decodeManifestPath, type BagFile } from './bagit';
import { PackError } from '../errors';
import { TAG_FILES } from '../limits';

export interface BagTags {
  bagit: string;
  bagInfo: string;
  manifest: string;
  tagManifest: string;
}

export interface BagInfo {
  /** Every label with its values, in order; labels may repeat (RFC 8493 §2.2.2). */
  fields: ReadonlyMap<string, readonly string[]>;
}

export interface BagExpectations {
  /** Payload path (`data/…`) → SHA-256 from manifest-sha256.txt. */
  payload: ReadonlyMap<string, string>;
  /** Tag file path → SHA-256 from tagmanifest-sha256.txt. */
  tags: ReadonlyMap<string, string>;
  info: BagInfo;
}

function lines(text: string): string[] {
  const all = text.split(/\r\n|\n|\r/);
  if (all.at(-1) === '') all.pop();
  return all;
}

export function parseBagitTxt(text: string): void {
  const fields = new Map<string, string>();
  for (const line of lines(text.replace(/^\uFEFF/, ''))) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (!m?.[1]) throw new PackError('not-a-bag', 'bagit.txt');
    fields.set(m[1].trim(), (m[2] ?? '').trim());
  }
  const version = fields.get('BagIt-Version');
  if (version === undefined || !/^(0\.9[67]|1\.0)$/.test(version)) {
    throw new PackError('not-a-bag', 'BagIt-Version');
  }
  if (fields.get('Tag-File-Character-Encoding')?.toUpperCase() !== 'UTF-8') {
    throw new PackError('not-a-bag', 'Tag-File-Character-Encoding');
  }
}

export function parseBagInfo(text: string): BagInfo {
  const fields = new Map<string, string[]>();
  let last: { label: string; values: string[] } | undefined;
  for (const line of lines(text)) {
    if (/^[ \t]/.test(line) && last) {
      const i = last.values.length - 1;
      last.values[i] = `${last.values[i] ?? ''} ${line.trim()}`;
      continue;
    }
    const m = /^([^:\s][^:]*):[ \t]*(.*)$/.exec(line);
    if (!m?.[1]) throw new PackError('not-a-bag', 'bag-info.txt');
    const label = m[1].trim();
    const values = fields.get(label) ?? [];
    values.push((m[2] ?? '').trim());
    fields.set(label, values);
    last = { label, values };
  }
  return { fields };
}

/** `<hex> <path>` lines; each path once. Hex may be upper case; it is compared in lower case. */
export function parseManifest(text: string, name: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of lines(text)) {
    if (line.trim() === '') continue;
    const m = /^([0-9a-fA-F]{64})[ \t]+(.+)$/.exec(line);
    if (!m?.[1] || m[2] === undefined) throw new PackError('not-a-bag', name);
    const path = decodeManifestPath(m[2]);
    if (out.has(path)) throw new PackError('duplicate-name', `${name}: ${path}`);
    out.set(path, m[1].toLowerCase());
  }
  return out;
}

const REQUIRED_TAGGED = [TAG_FILES.bagit, TAG_FILES.bagInfo, TAG_FILES.manifest];

/**
 * Checks the tag files against the list of files in the bag (path → size), before anything is
 * hashed: the manifest must cover every payload file and only those, Payload-Oxum must match,
 * and the tag manifest must cover the other tag files.
 */
export function readBagTags(tags: BagTags, sizes: ReadonlyMap<string, number>): BagExpectations {
  parseBagitTxt(tags.bagit);
  const info = parseBagInfo(tags.bagInfo);
  const payload = parseManifest(tags.manifest, TAG_FILES.manifest);
  const tagSums = parseManifest(tags.tagManifest, TAG_FILES.tagManifest);

  const payloadFiles = [...sizes.keys()].filter((p) => p.startsWith('data/'));
  for (const path of payload.keys()) {
    if (!path.startsWith('data/'))
      throw new PackError('not-a-bag', `${TAG_FILES.manifest}: ${path}`);
    if (!sizes.has(path)) throw new PackError('missing-file', path);
  }
  for (const path of payloadFiles) {
    if (!payload.has(path)) throw new PackError('unexpected-file', path);
  }

  const oxum = info.fields.get('Payload-Oxum');
  if (oxum !== undefined) {
    const bytes = payloadFiles.reduce((sum, p) => sum + (sizes.get(p) ?? 0), 0);
    if (oxum.length !== 1 || oxum[0] !== `${bytes}.${payloadFiles.length}`) {
      throw new PackError('oxum-mismatch', `${oxum.join(',')} ≠ ${bytes}.${payloadFiles.length}`);
    }
  }

  for (const path of tagSums.keys()) {
    if (path.startsWith('data/') || path === TAG_FILES.tagManifest) {
      throw new PackError('not-a-bag', `${TAG_FILES.tagManifest}: ${path}`);
    }
    if (!sizes.has(path)) throw new PackError('missing-file', path);
  }
  for (const path of REQUIRED_TAGGED) {
    if (!tagSums.has(path)) throw new PackError('not-a-bag', `${TAG_FILES.tagManifest}: ${path}`);
  }
  return { payload, tags: tagSums, info };
}

/** One file's hash against the manifests; throws 'checksum-mismatch'. */
export function checkFileHash(expect: BagExpectations, path: string, sha256: string): void {
  const want = expect.payload.get(path) ?? expect.tags.get(path);
  if (want !== undefined && want !== sha256) throw new PackError('checksum-mismatch', path);
}

/** A whole bag at once: the layout, then every hash. For tests and for tools with all hashes. */
export function verifyBag(tags: BagTags, files: readonly BagFile[]): BagExpectations {
  const expect = readBagTags(tags, new Map(files.map((f) => [f.path, f.bytes])));
  for (const f of files) checkFileHash(expect, f.path, f.sha256);
  return expect;
}
