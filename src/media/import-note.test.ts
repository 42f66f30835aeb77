import { beginImport, listPhotos, type RunningImport } from '@/db';

import { makeMediaItem, makePhoto } from '@/testing/factories';

import { storedMedia, underImportNote } from './import-note';
import { nothingImported } from './import-summary';

vi.mock('@/db', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  beginImport: vi.fn(),
  listPhotos: vi.fn(),
}));

/** `count` empty files, as a picker hands them over. */
function files(count: number): File[] {
  return Array.from({ length: count }, (_, i) => new File([], `file-${String(i)}.jpg`));
}

/** A summary that says which note it was stored under, so the test sees whose it is. */
function storedUnder(journal: string) {
  return {
    ...nothingImported<string>(),
    failed: [{ name: 'file-0.jpg', reason: `stored under ${journal}` }],
  };
}

function noteFor(id: string): RunningImport & { finish: ReturnType<typeof vi.fn> } {
  return { id, finish: vi.fn(() => Promise.resolve()), abandon: vi.fn() };
}

describe('underImportNote', () => {
  it('writes the note before the import runs, hands the import its id and ends it after', async () => {
    const note = noteFor('note-1');
    vi.mocked(beginImport).mockResolvedValue(note);
    const run = vi.fn((journal: string) => {
      expect(note.finish).not.toHaveBeenCalled();
      return Promise.resolve(storedUnder(journal));
    });
    await expect(underImportNote('book-1', files(3), run)).resolves.toEqual(storedUnder('note-1'));
    expect(beginImport).toHaveBeenCalledWith('photos', 3, 'book-1');
    expect(run).toHaveBeenCalledTimes(1);
    expect(note.finish).toHaveBeenCalledTimes(1);
  });

  it('ends the note when the import fails, and lets the failure through', async () => {
    const note = noteFor('note-2');
    vi.mocked(beginImport).mockResolvedValue(note);
    const failure = new Error('book locked');
    await expect(underImportNote('book-1', files(1), () => Promise.reject(failure))).rejects.toBe(
      failure,
    );
    expect(note.finish).toHaveBeenCalledTimes(1);
  });

  it('runs nothing when the note cannot be written', async () => {
    vi.mocked(beginImport).mockRejectedValue(new Error('storage full'));
    const run = vi.fn(() => Promise.resolve(storedUnder('none')));
    await expect(underImportNote('book-1', files(1), run)).rejects.toThrow('storage full');
    expect(run).not.toHaveBeenCalled();
  });

  it('writes no note and runs nothing for no files, and says nothing was imported', async () => {
    vi.mocked(beginImport).mockClear();
    const run = vi.fn(() => Promise.resolve(storedUnder('none')));
    await expect(underImportNote('book-1', [], run)).resolves.toEqual(nothingImported());
    expect(beginImport).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
  });
});

describe('storedMedia', () => {
  it("is the book's stored photos, videos and papers", async () => {
    const items = [(await makePhoto('book-1')).item.photo, makeMediaItem('book-1')];
    vi.mocked(listPhotos).mockResolvedValue({ items, damaged: ['broken-1'] });
    await expect(storedMedia('book-1')).resolves.toBe(items);
    expect(listPhotos).toHaveBeenCalledWith('book-1');
  });
});
