import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';

import createDecoder from 'heic-decode/lib.js';
import libheif from 'libheif-js';

const tinyHeic = () =>
  new Uint8Array(
    readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/photos/tiny.heic')),
  );

describe('the pure-JavaScript HEIC decoder (no WebAssembly, allowed by the CSP)', () => {
  it('decodes an HEIC file to RGBA pixels', async () => {
    const decoded = await createDecoder(libheif).one({ buffer: tinyHeic() });
    expect([decoded.width, decoded.height]).toEqual([96, 64]);
    expect(decoded.data.length).toBe(96 * 64 * 4);
  });

  it('works from the unmodified libheif.js run as a classic script, as the HEIC worker loads it', async () => {
    // The build ships this very file as vendor/libheif/libheif.js; the worker runs it with
    // importScripts, where it defines the global `libheif` (no CommonJS, no document).
    const file = resolve(
      dirname(createRequire(import.meta.url).resolve('libheif-js/package.json')),
      'libheif/libheif.js',
    );
    const scope: Record<string, unknown> = { console, setTimeout };
    scope.self = scope;
    runInNewContext(readFileSync(file, 'utf8'), scope, { filename: file });
    const factory = scope.libheif;
    expect(typeof factory).toBe('function');
    // Bytes made in the script's own realm, as in the worker (typed arrays are checked by realm).
    const bytes = tinyHeic();
    const buffer = (
      runInNewContext('(n) => new Uint8Array(n)', scope) as (n: number) => Uint8Array
    )(bytes.length);
    buffer.set(bytes);
    const decoded = await createDecoder((factory as () => unknown)()).one({ buffer });
    expect([decoded.width, decoded.height]).toEqual([96, 64]);
  });
});
