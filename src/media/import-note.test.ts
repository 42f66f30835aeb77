import { beginImport, listPhotos, type RunningImport } from '@/db';

import { makeMediaItem, makePhoto } from '@/testing/factories';

import { storedMedia, underImportNote } from './import-note';

vi.mock('@/db', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  beginImport: vi.fn(),
  listPhotos: vi.fn(),
}));

function noteFor(id: string): RunningImport & { finish: ReturnType<typeof vi.fn> } {
  return { id, finish: vi.fn(() => Promise.resolve()), abandon: vi.fn() };
}

describe('underImportNote', () => {
  it('writes the note before the import runs, hands the import its id and ends it after', async () => {
    const note = noteFor('note-1');
    vi.mocked(beginImport).mockResolvedValue(note);
    const run = vi.fn((journal: string) => {
      expect(note.finish).not.toHaveBeenCalled();
      return Promise.resolve(`stored under ${journal}`);
    });
    await expect(underImportNote('book-1', 3, run)).resolves.toBe('stored under note-1');
    expect(beginImport).toHaveBeenCalledWith('photos', 3, 'book-1');
    expect(run).toHaveBeenCalledTimes(1);
    expect(note.finish).toHaveBeenCalledTimes(1);
  });

  it('ends the note when the import fails, and lets the failure through', async () => {
    const note = noteFor('note-2');
    vi.mocked(beginImport).mockResolvedValue(note);
    const failure = new Error('book locked');
    await expect(underImportNote('book-1', 1, () => Promise.reject(failure))).rejects.toBe(failure);
    expect(note.finish).toHaveBeenCalledTimes(1);
  });

  it('runs nothing when the note cannot be written', async () => {
    vi.mocked(beginImport).mockRejectedValue(new Error('storage full'));
    const run = vi.fn(() => Promise.resolve('stored'));
    await expect(underImportNote('book-1', 1, run)).rejects.toThrow('storage full');
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
