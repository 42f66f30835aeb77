import { removeStalePhotoFiles } from './pdf-photo-store';

/** A directory of the origin's private file system, as much of it as the cleanup uses. */
function fakeDir(files: Record<string, number>) {
  const names = new Map(Object.entries(files));
  const dir = {
    async *[Symbol.asyncIterator]() {
      for (const [name, lastModified] of [...names]) {
        await Promise.resolve();
        yield [name, { kind: 'file', getFile: () => Promise.resolve({ lastModified }) }] as const;
      }
    },
    removeEntry: (name: string) => {
      names.delete(name);
      return Promise.resolve();
    },
  };
  return { dir: dir as unknown as FileSystemDirectoryHandle, names };
}

const NOW = Date.parse('2026-12-08T00:00:00Z');
const HOUR = 60 * 60 * 1000;

describe('removeStalePhotoFiles (issue 16)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('deletes the files of dead exports and keeps those whose export holds its lock', async () => {
    vi.stubGlobal('navigator', {
      locks: {
        query: () => Promise.resolve({ held: [{ name: 'livsbog-pdf-photos-live.tmp' }] }),
      },
    });
    const { dir, names } = fakeDir({
      'livsbog-pdf-photos-dead.tmp': NOW,
      'livsbog-pdf-photos-live.tmp': NOW - 48 * HOUR,
      'something-else.tmp': NOW - 48 * HOUR,
    });
    expect(await removeStalePhotoFiles(dir, NOW)).toEqual(['livsbog-pdf-photos-dead.tmp']);
    expect([...names.keys()].sort()).toEqual(['livsbog-pdf-photos-live.tmp', 'something-else.tmp']);
  });

  it('without Web Locks, deletes only files a day old', async () => {
    vi.stubGlobal('navigator', {});
    const { dir, names } = fakeDir({
      'livsbog-pdf-photos-old.tmp': NOW - 25 * HOUR,
      'livsbog-pdf-photos-new.tmp': NOW - HOUR,
    });
    expect(await removeStalePhotoFiles(dir, NOW)).toEqual(['livsbog-pdf-photos-old.tmp']);
    expect([...names.keys()]).toEqual(['livsbog-pdf-photos-new.tmp']);
  });
});
