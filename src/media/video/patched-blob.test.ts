import { patchedBlob } from './patched-blob';

const text = async (b: Blob) => Buffer.from(await b.arrayBuffer()).toString('latin1');

describe('patchedBlob', () => {
  it('keeps the original around the patches, rewrites and zeroes in place, joins zero runs', async () => {
    const file = new Blob(['0123456789abcdef']);
    const out = patchedBlob(
      file,
      [
        { start: 10, end: 12 },
        { start: 2, end: 4, bytes: new Uint8Array([88, 89]) },
        { start: 11, end: 14 },
      ],
      'video/mp4',
    );
    expect(out.type).toBe('video/mp4');
    expect(out.size).toBe(file.size);
    expect(await text(out)).toBe('01XY456789\0\0\0\0ef');
  });

  it('refuses overlapping rewrites and patches past the end', () => {
    const file = new Blob(['0123456789']);
    const two = new Uint8Array(2);
    expect(() =>
      patchedBlob(
        file,
        [
          { start: 1, end: 3, bytes: two },
          { start: 2, end: 4, bytes: two },
        ],
        '',
      ),
    ).toThrow(expect.objectContaining({ reason: 'corrupt' }));
    expect(() => patchedBlob(file, [{ start: 9, end: 12 }], '')).toThrow(
      expect.objectContaining({ reason: 'corrupt' }),
    );
  });
});
