import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import createDecoder from 'heic-decode/lib.js';
import libheif from 'libheif-js';

describe('the pure-JavaScript HEIC decoder (no WebAssembly, allowed by the CSP)', () => {
  it('decodes an HEIC file to RGBA pixels', async () => {
    const bytes = readFileSync(
      resolve(import.meta.dirname, '../../tests/fixtures/photos/tiny.heic'),
    );
    const decoded = await createDecoder(libheif).one({ buffer: new Uint8Array(bytes) });
    expect([decoded.width, decoded.height]).toEqual([96, 64]);
    expect(decoded.data.length).toBe(96 * 64 * 4);
  });
});
