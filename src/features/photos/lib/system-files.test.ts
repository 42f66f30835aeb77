import { withoutSystemFiles } from './system-files';

describe('withoutSystemFiles', () => {
  it('leaves out the files operating systems put in photo folders, and nothing else', () => {
    const names = [
      'IMG_1.JPG',
      'Thumbs.db',
      '.DS_Store',
      '._IMG_1.JPG',
      'desktop.ini',
      'notes.txt',
    ];
    const kept = withoutSystemFiles(names.map((n) => new File(['x'], n)));
    expect(kept.map((f) => f.name)).toEqual(['IMG_1.JPG', 'notes.txt']);
  });
});
