import fc from 'fast-check';

import { blobSource } from './byte-source';
import { patchedBlob, patchedStream, type Patch } from './patched-blob';

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

describe('patchedStream', () => {
  const bytesOf = async (s: ReadableStream<Uint8Array>) =>
    new Uint8Array(await new Response(s).arrayBuffer());

  /** Patches from cut points: every other span is zeroed or rewritten (rewrites never overlap). */
  const patchesArb = (size: number) =>
    fc.uniqueArray(fc.integer({ min: 0, max: size }), { maxLength: 12 }).chain((cuts) => {
      const points = [...cuts].sort((a, b) => a - b);
      const spans = points.slice(1).map((end, i) => [points[i] ?? 0, end] as const);
      return fc
        .tuple(...spans.map(() => fc.constantFrom('zero', 'rewrite', 'keep')))
        .map((kinds): Patch[] =>
          spans.flatMap(([start, end], i) => {
            if (kinds[i] === 'keep' || start === end) return [];
            if (kinds[i] === 'zero') return [{ start, end }];
            return [{ start, end, bytes: new Uint8Array(end - start).fill(0x41 + (i % 26)) }];
          }),
        );
    });

  it('gives the bytes patchedBlob gives, whatever the step and wherever the patches fall', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .uint8Array({ minLength: 0, maxLength: 300 })
          .chain((file) =>
            fc.tuple(fc.constant(file), patchesArb(file.length), fc.integer({ min: 1, max: 64 })),
          ),
        async ([file, patches, step]) => {
          const blob = new Blob([file]);
          const want = new Uint8Array(await patchedBlob(blob, patches, '').arrayBuffer());
          const got = await bytesOf(patchedStream(blobSource(blob), patches, step));
          expect(Buffer.from(got).equals(Buffer.from(want))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads the source a step at a time, in order, as the stream is pulled', async () => {
    const source = blobSource(new Blob(['0123456789abcdef']));
    const asked: [number, number][] = [];
    const counted = {
      size: source.size,
      read: (start: number, end: number) => {
        asked.push([start, end]);
        return source.read(start, end);
      },
    };
    const stream = patchedStream(counted, [{ start: 3, end: 9 }], 5);
    const reader = stream.getReader();
    expect(asked).toEqual([]);
    expect(Buffer.from((await reader.read()).value ?? []).toString('latin1')).toBe('012\0\0');
    expect(asked).toEqual([[0, 5]]);
    let rest = await reader.read();
    while (!rest.done) rest = await reader.read();
    expect(asked).toEqual([[0, 5], [5, 10], [10, 15], [15, 16]]); // prettier-ignore
  });

  it('refuses what patchedBlob refuses, before reading a byte', () => {
    const source = blobSource(new Blob(['0123456789']));
    expect(() => patchedStream(source, [{ start: 9, end: 12 }], 4)).toThrow(
      expect.objectContaining({ reason: 'corrupt' }),
    );
  });
});
