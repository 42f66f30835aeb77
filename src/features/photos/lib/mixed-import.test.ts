import { importMixed, type FileRoute, type PartImport } from './mixed-import';
import { makePhotoRecord } from './test-photos';

function file(name: string): File {
  return new File([name], name);
}

/** Routes by the file's name here; the app reads the first bytes. */
const routeOf = (f: File): Promise<FileRoute> =>
  Promise.resolve(f.name.endsWith('.mp4') ? 'video' : f.name.endsWith('.pdf') ? 'paper' : 'photo');

function fakeImport(failing: string[] = []) {
  const calls: string[][] = [];
  const run: PartImport = (_book, files, opts) => {
    calls.push(files.map((f) => f.name));
    files.forEach((_, i) => opts.onProgress?.({ done: i + 1, total: files.length }));
    return Promise.resolve({
      added: files.filter((f) => !failing.includes(f.name)).map(() => makePhotoRecord({})),
      duplicates: [],
      failed: files
        .filter((f) => failing.includes(f.name))
        .map((f) => ({ name: f.name, reason: 'corrupt' })),
      cancelled: false,
    });
  };
  return { run, calls };
}

describe('importMixed', () => {
  const files = ['a.jpg', 'film.mp4', 'b.jpg', 'report.pdf'].map(file);

  it('sends each file to its own import, counts progress over the whole batch, and merges', async () => {
    const photo = fakeImport();
    const video = fakeImport(['film.mp4']);
    const paper = fakeImport();
    const progress: number[] = [];
    const summary = await importMixed(
      'book',
      files,
      { onProgress: (p) => progress.push(p.done) },
      { routeOf, importers: { photo: photo.run, video: video.run, paper: paper.run } },
    );
    expect(photo.calls).toEqual([['a.jpg', 'b.jpg']]);
    expect(video.calls).toEqual([['film.mp4']]);
    expect(paper.calls).toEqual([['report.pdf']]);
    expect(progress).toEqual([1, 2, 2, 3, 3, 4, 4]);
    expect(summary.added).toHaveLength(3);
    expect(summary.failed).toEqual([{ name: 'film.mp4', route: 'video', reason: 'corrupt' }]);
  });

  it('gives the photo import what no other import is wired for, so it is refused with a reason', async () => {
    const photo = fakeImport(['film.mp4']);
    const summary = await importMixed(
      'book',
      files,
      {},
      { routeOf, importers: { photo: photo.run } },
    );
    expect(photo.calls).toEqual([['a.jpg', 'film.mp4', 'b.jpg', 'report.pdf']]);
    expect(summary.failed).toEqual([{ name: 'film.mp4', route: 'photo', reason: 'corrupt' }]);
  });

  it('stops before the next kind once stopped', async () => {
    const controller = new AbortController();
    const photo: PartImport = () => {
      controller.abort();
      return Promise.resolve({ added: [], duplicates: [], failed: [], cancelled: true });
    };
    const video = fakeImport();
    const summary = await importMixed(
      'book',
      files,
      { signal: controller.signal },
      { routeOf, importers: { photo, video: video.run } },
    );
    expect(summary.cancelled).toBe(true);
    expect(video.calls).toEqual([]);
  });
});
