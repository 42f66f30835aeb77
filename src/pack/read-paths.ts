/**
 * The names inside a pack, checked before any content is read. A name is only ever compared
 * with the names this format writes (nothing is extracted to disk), but a path that could
 * escape a folder on someone else's unzip tool is refused all the same: such a pack was not
 * made by Livsbog.
 */
import { PackError } from './errors';
import { PAYLOAD, TAG_FILES } from './limits';
import type { ZipEntry } from './zip/zip-central';

/** Files operating systems add when a folder is zipped again; ignored, never read. */
const JUNK_NAMES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);
const JUNK_ROOT = '__MACOSX';
export const MEDIA_NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/;
const MAX_PATH_CHARS = 1024;

// C0 and C1 controls, DEL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/** Throws 'bad-path' for anything that is not a plain relative path. */
export function checkPath(name: string): void {
  if (name.length === 0 || name.length > MAX_PATH_CHARS) throw new PackError('bad-path', name);
  if (CONTROL.test(name)) throw new PackError('bad-path', JSON.stringify(name));
  if (name.includes('\\')) throw new PackError('bad-path', name);
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) throw new PackError('bad-path', name);
  const segments = name.replace(/\/$/, '').split('/');
  for (const s of segments) {
    if (s === '' || s === '.' || s === '..') throw new PackError('bad-path', name);
    // A drive letter or stream name further down ("a/C:x") is refused like one at the start.
    if (s.includes(':')) throw new PackError('bad-path', name);
  }
}

export type FileRole = 'tag' | 'json' | 'document' | 'media';

export interface PackLayout {
  root: string;
  /** Path inside the bag (`data/…`, `bagit.txt`) → the zip entry. */
  files: Map<string, ZipEntry>;
  roles: Map<string, FileRole>;
  ignored: string[];
}

const TAG_NAMES = new Set<string>(Object.values(TAG_FILES));
const DOCUMENTS = new Set<string>(
  [PAYLOAD.readMe, PAYLOAD.html, PAYLOAD.schema, PAYLOAD.pdf].map((n) => `data/${n}`),
);
const FOLDERS = new Set(['data/', 'data/media/']);

function isJunk(name: string): boolean {
  const first = name.split('/')[0];
  const last = name.replace(/\/$/, '').split('/').at(-1) ?? '';
  return first === JUNK_ROOT || JUNK_NAMES.has(last);
}

function roleOf(path: string): FileRole | undefined {
  if (TAG_NAMES.has(path)) return 'tag';
  if (path === `data/${PAYLOAD.json}`) return 'json';
  if (DOCUMENTS.has(path)) return 'document';
  const media = `data/${PAYLOAD.mediaDir}`;
  if (path.startsWith(media) && MEDIA_NAME.test(path.slice(media.length))) return 'media';
  return undefined;
}

/**
 * Checks every name and sorts the entries into the bag's roles: one root folder, no duplicates
 * (after Unicode normalisation and case folding, as file systems compare them), only the names
 * this format writes.
 */
export function layoutOf(entries: readonly ZipEntry[]): PackLayout {
  const seen = new Set<string>();
  const files = new Map<string, ZipEntry>();
  const roles = new Map<string, FileRole>();
  const ignored: string[] = [];
  // Every name first, so a duplicate is reported as one whatever else is wrong with it.
  for (const entry of entries) {
    checkPath(entry.name);
    const key = entry.name.normalize('NFC').toLowerCase().replace(/\/$/, '');
    if (seen.has(key)) throw new PackError('duplicate-name', entry.name);
    seen.add(key);
    if (entry.isSymlink) throw new PackError('bad-path', `${entry.name}: symlink`);
  }
  let root: string | undefined;
  for (const entry of entries) {
    if (isJunk(entry.name)) {
      ignored.push(entry.name);
      continue;
    }
    const slash = entry.name.indexOf('/');
    if (slash < 0) throw new PackError('not-a-bag', `${entry.name}: outside the bag folder`);
    const top = entry.name.slice(0, slash);
    if (root !== undefined && top !== root)
      throw new PackError('not-a-bag', 'more than one folder');
    root = top;
    const path = entry.name.slice(slash + 1);
    if (entry.isDirectory) {
      if (path !== '' && !FOLDERS.has(path)) throw new PackError('unexpected-file', entry.name);
      if (entry.size !== 0 || entry.compressedSize > 2)
        throw new PackError('corrupt-zip', entry.name);
      continue;
    }
    const role = roleOf(path);
    if (!role) throw new PackError('unexpected-file', entry.name);
    files.set(path, entry);
    roles.set(path, role);
  }
  if (root === undefined) throw new PackError('not-a-bag', 'empty');
  for (const name of [
    TAG_FILES.bagit,
    TAG_FILES.bagInfo,
    TAG_FILES.manifest,
    TAG_FILES.tagManifest,
  ]) {
    if (!files.has(name)) throw new PackError('not-a-bag', `${name} missing`);
  }
  if (!files.has(`data/${PAYLOAD.json}`))
    throw new PackError('missing-file', `data/${PAYLOAD.json}`);
  return { root, files, roles, ignored };
}
