import {
  concatBytes,
  fromBase64,
  joinBytes,
  randomBytes,
  toBase64,
  toBufferSource,
  toHex,
  utf8Decode,
  utf8Encode,
} from './bytes';

describe('utf8', () => {
  it('round-trips Danish letters and emoji', () => {
    const text = 'Æbler på ø 🐴 – søde';
    expect(utf8Decode(utf8Encode(text))).toBe(text);
    expect(toHex(utf8Encode('å'))).toBe('c3a5');
  });

  it('refuses invalid UTF-8 instead of inventing characters', () => {
    expect(() => utf8Decode(new Uint8Array([0xff, 0xfe]))).toThrow(TypeError);
  });
});

describe('base64', () => {
  it('matches the RFC 4648 test vectors', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg=='],
      ['fo', 'Zm8='],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg=='],
      ['fooba', 'Zm9vYmE='],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(toBase64(utf8Encode(plain))).toBe(encoded);
      expect(utf8Decode(fromBase64(encoded))).toBe(plain);
    }
  });

  it('round-trips every byte value and inputs larger than one chunk', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    expect(toHex(fromBase64(toBase64(all)))).toBe(toHex(all));
    const big = randomBytes(100_000);
    expect(toHex(fromBase64(toBase64(big)))).toBe(toHex(big));
    expect(toBase64(big.buffer)).toBe(toBase64(big));
  });

  it('rejects malformed input', () => {
    for (const bad of ['abc', 'a===', 'ab!d', 'Zg', 'Zm9v\n', 'Zm9v_-==']) {
      expect(() => fromBase64(bad)).toThrow(TypeError);
    }
  });
});

describe('toHex', () => {
  it('writes two lower-case digits per byte', () => {
    expect(toHex(new Uint8Array([0, 15, 16, 255]))).toBe('000f10ff');
    expect(toHex(new Uint8Array([0xab]).buffer)).toBe('ab');
  });
});

describe('randomBytes', () => {
  it('returns the asked length, different every time', () => {
    expect(randomBytes(0)).toHaveLength(0);
    const a = randomBytes(32);
    const b = randomBytes(32);
    expect(a).toHaveLength(32);
    expect(toHex(a)).not.toBe(toHex(b));
  });

  it('fills buffers beyond getRandomValues’ 64 KiB limit', () => {
    const bytes = randomBytes(70_000);
    expect(bytes).toHaveLength(70_000);
    // The tail past the first chunk must be random too, not left as zeros.
    expect(bytes.subarray(65_536).some((b) => b !== 0)).toBe(true);
  });

  it('rejects impossible lengths', () => {
    expect(() => randomBytes(-1)).toThrow(RangeError);
    expect(() => randomBytes(1.5)).toThrow(RangeError);
  });
});

describe('concatBytes', () => {
  it('joins parts in order', () => {
    const joined = concatBytes(new Uint8Array([1, 2]), new Uint8Array(0), new Uint8Array([3]));
    expect(Array.from(joined)).toEqual([1, 2, 3]);
    expect(concatBytes()).toHaveLength(0);
  });
});

describe('joinBytes', () => {
  it('joins a list longer than a call may spread into arguments', () => {
    const parts = Array.from({ length: 300_000 }, (_, i) => new Uint8Array([i % 256]));
    const joined = joinBytes(parts);
    expect(joined).toHaveLength(300_000);
    expect(joined[257]).toBe(1);
    expect(joinBytes([])).toHaveLength(0);
  });
});

describe('toBufferSource', () => {
  it('does not copy ArrayBuffer-backed views, so zeroing the original zeroes what WebCrypto sees', () => {
    const raw = new Uint8Array([1, 2, 3]);
    expect(toBufferSource(raw)).toBe(raw);
  });

  it('wraps a bare ArrayBuffer', () => {
    const buffer = new Uint8Array([7, 8]).buffer;
    expect(Array.from(toBufferSource(buffer))).toEqual([7, 8]);
  });
});
