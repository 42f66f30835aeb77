import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The folders of a Chromium profile where a site's data rests on disk: IndexedDB (LevelDB and
 * its blob files), the origin-private file system, the service worker's caches, local and
 * session storage.
 */
const SITE_DATA = [
  'IndexedDB',
  'File System',
  'Service Worker',
  'Local Storage',
  'Session Storage',
];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return filesUnder(full);
      return Promise.resolve(e.isFile() ? [full] : []);
    }),
  );
  return nested.flat();
}

/** The site-data files of the profile, with their bytes as they are on disk. */
export async function readProfileSiteData(
  userDataDir: string,
): Promise<{ file: string; bytes: Buffer }[]> {
  const files = (
    await Promise.all(SITE_DATA.map((d) => filesUnder(path.join(userDataDir, 'Default', d))))
  ).flat();
  const read = await Promise.all(
    files.map(async (file) => ({
      file: path.relative(userDataDir, file),
      bytes: await readFile(file).catch(() => Buffer.alloc(0)),
    })),
  );
  return read;
}

/** Which of those files hold `needle` byte for byte. */
export function filesHolding(files: { file: string; bytes: Buffer }[], needle: Buffer): string[] {
  return files.filter((f) => f.bytes.includes(needle)).map((f) => f.file);
}
