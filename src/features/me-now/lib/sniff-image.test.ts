import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { sniffImageType } from './sniff-image';

const bytes = (...v: number[]) => new Uint8Array(v);

describe('sniffImageType', () => {
  it('recognises a real camera JPEG from the shared fixtures', () => {
    const file = readFileSync(
      resolve(
        import.meta.dirname,
        '../../../../../shared/fixtures/photos/orientation/Landscape_1.jpg',
      ),
    );
    expect(sniffImageType(new Uint8Array(file.subarray(0, 16)))).toBe('image/jpeg');
  });

  it('recognises PNG, WebP and GIF signatures', () => {
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(sniffImageType(bytes(0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50))).toBe(
      'image/webp',
    );
    expect(sniffImageType(bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61))).toBe('image/gif');
  });

  it('refuses SVG, text, empty and truncated files', () => {
    expect(sniffImageType(new TextEncoder().encode('<svg onload="alert(1)">'))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('hello'))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
    expect(sniffImageType(bytes(0xff, 0xd8))).toBeNull();
  });
});
