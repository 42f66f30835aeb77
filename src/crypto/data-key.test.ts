import { toBase64, toHex, utf8Encode } from './bytes';
import {
  createDataKey,
  importDataKey,
  unwrapRawKey,
  wrapRawKey,
  type WrappedKey,
} from './data-key';
import { DamagedRecordError, WrongSecretError } from './errors';
import { deriveKek, newKdfParams } from './kdf';
import { open, seal } from './seal';
import { subtle } from './webcrypto';

let kek: CryptoKey;
let otherKek: CryptoKey;

beforeAll(async () => {
  kek = await deriveKek('sol hest kage', newKdfParams(1000));
  otherKek = await deriveKek('sol hest kat', newKdfParams(1000));
});

describe('createDataKey', () => {
  it('makes 32 random bytes and a non-extractable key from them', async () => {
    const a = await createDataKey();
    const b = await createDataKey();
    expect(a.raw).toHaveLength(32);
    expect(toHex(a.raw)).not.toBe(toHex(b.raw));
    expect(a.key.extractable).toBe(false);
    await expect(subtle().exportKey('raw', a.key)).rejects.toThrow();
  });

  it('gives a key equal to importing the raw bytes again', async () => {
    const { key, raw } = await createDataKey();
    const sealed = await seal(key, utf8Encode('hej'), 'entry:1');
    const again = await importDataKey(raw);
    expect(again.extractable).toBe(false);
    expect(new TextDecoder().decode(await open(again, sealed, 'entry:1'))).toBe('hej');
  });

  it('refuses raw keys of the wrong size', async () => {
    await expect(importDataKey(new Uint8Array(16))).rejects.toBeInstanceOf(RangeError);
  });
});

describe('wrapRawKey and unwrapRawKey', () => {
  it('round-trips through JSON', async () => {
    const { raw } = await createDataKey();
    const wrapped = await wrapRawKey(raw, kek);
    expect(typeof wrapped.iv).toBe('string');
    expect(typeof wrapped.ct).toBe('string');
    const stored = JSON.parse(JSON.stringify(wrapped)) as WrappedKey;
    expect(toHex(await unwrapRawKey(stored, kek))).toBe(toHex(raw));
    expect(JSON.stringify(wrapped)).not.toContain(toBase64(raw).slice(0, 10));
  });

  it('throws WrongSecretError for another key-encryption key', async () => {
    const wrapped = await wrapRawKey((await createDataKey()).raw, kek);
    await expect(unwrapRawKey(wrapped, otherKek)).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('cannot be fooled by a record sealed for another purpose with the same key', async () => {
    const { raw } = await createDataKey();
    const sealed = await seal(kek, raw, 'entry:1');
    const lookalike = { iv: toBase64(sealed.iv), ct: toBase64(sealed.ct) };
    await expect(unwrapRawKey(lookalike, kek)).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('reports unreadable stored values as damage, not as a wrong secret', async () => {
    const wrapped = await wrapRawKey((await createDataKey()).raw, kek);
    await expect(unwrapRawKey({ ...wrapped, ct: '%%%' }, kek)).rejects.toBeInstanceOf(
      DamagedRecordError,
    );
  });

  it('refuses to wrap something that is not a data key', async () => {
    await expect(wrapRawKey(new Uint8Array(31), kek)).rejects.toBeInstanceOf(RangeError);
  });
});
