import { utf8Encode } from './bytes';
import { sha256Hex } from './hash';

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vectors', async () => {
    expect(await sha256Hex(new Uint8Array(0))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(await sha256Hex(utf8Encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('hashes an ArrayBuffer like the same bytes in a Uint8Array', async () => {
    const bytes = utf8Encode('abc');
    expect(await sha256Hex(bytes.buffer)).toBe(await sha256Hex(bytes));
  });

  it('hashes only the bytes a view shows, not its whole buffer', async () => {
    const view = utf8Encode('xxabcxx').subarray(2, 5);
    expect(await sha256Hex(view)).toBe(await sha256Hex(utf8Encode('abc')));
  });
});
