import { randomBytes, toHex, utf8Encode } from './bytes';
import { createDataKey } from './data-key';
import { DamagedRecordError } from './errors';
import {
  IV_BYTES,
  open,
  openJson,
  openToBlob,
  seal,
  sealBlob,
  sealJson,
  type Sealed,
} from './seal';
import { subtle } from './webcrypto';

let key: CryptoKey;
let otherKey: CryptoKey;

beforeAll(async () => {
  key = (await createDataKey()).key;
  otherKey = (await createDataKey()).key;
});

function flipped(sealed: Sealed, part: 'iv' | 'ct', index: number): Sealed {
  const iv = new Uint8Array(sealed.iv);
  const ct = new Uint8Array(sealed.ct.slice(0));
  const target = part === 'iv' ? iv : ct;
  target[index] = (target[index] ?? 0) ^ 0x01;
  return { iv, ct: ct.buffer };
}

describe('seal and open', () => {
  it('round-trips bytes, including empty ones', async () => {
    const plain = randomBytes(1000);
    expect(toHex(await open(key, await seal(key, plain, 'entry:1'), 'entry:1'))).toBe(toHex(plain));
    expect(await open(key, await seal(key, new Uint8Array(0), 'x'), 'x')).toHaveLength(0);
  });

  it('uses a fresh 12-byte IV each time, so equal plaintexts give different ciphertexts', async () => {
    const plain = utf8Encode('same words');
    const a = await seal(key, plain, 'entry:1');
    const b = await seal(key, plain, 'entry:1');
    expect(a.iv).toHaveLength(IV_BYTES);
    expect(IV_BYTES).toBe(12);
    expect(toHex(a.iv)).not.toBe(toHex(b.iv));
    expect(toHex(a.ct)).not.toBe(toHex(b.ct));
  });

  it('appends a 16-byte tag and does not leave the plaintext visible', async () => {
    const plain = utf8Encode('my secret diary entry');
    const sealed = await seal(key, plain, 'entry:1');
    expect(sealed.ct.byteLength).toBe(plain.length + 16);
    expect(toHex(sealed.ct)).not.toContain(toHex(plain.subarray(0, 8)));
  });

  it('detects a flipped bit anywhere: IV, ciphertext body and tag', async () => {
    const sealed = await seal(key, utf8Encode('hello, book'), 'entry:1');
    const positions: ['iv' | 'ct', number][] = [];
    for (let i = 0; i < sealed.iv.length; i++) positions.push(['iv', i]);
    // ct = 11 ciphertext bytes then 16 tag bytes: every one of them.
    for (let i = 0; i < sealed.ct.byteLength; i++) positions.push(['ct', i]);
    expect(positions.filter(([p, i]) => p === 'ct' && i >= sealed.ct.byteLength - 16)).toHaveLength(
      16,
    );
    for (const [part, index] of positions) {
      await expect(
        open(key, flipped(sealed, part, index), 'entry:1'),
        `${part}[${index}]`,
      ).rejects.toBeInstanceOf(DamagedRecordError);
    }
    // The untouched record still opens: the failures above came from the flips.
    expect(await open(key, sealed, 'entry:1')).toHaveLength(11);
  });

  it('refuses a record moved to another slot (wrong AAD)', async () => {
    const sealed = await seal(key, utf8Encode('hello'), 'entry:1');
    const error: unknown = await open(key, sealed, 'entry:2').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DamagedRecordError);
    expect((error as DamagedRecordError).slot).toBe('entry:2');
  });

  it('refuses the wrong key', async () => {
    const sealed = await seal(key, utf8Encode('hello'), 'entry:1');
    await expect(open(otherKey, sealed, 'entry:1')).rejects.toBeInstanceOf(DamagedRecordError);
  });

  it('refuses truncated or malformed records', async () => {
    const sealed = await seal(key, utf8Encode('hello'), 'entry:1');
    const malformed: unknown[] = [
      { iv: sealed.iv, ct: sealed.ct.slice(0, 15) },
      { iv: sealed.iv.subarray(0, 11), ct: sealed.ct },
      { iv: sealed.iv, ct: sealed.ct.slice(0, sealed.ct.byteLength - 1) },
      { iv: Array.from(sealed.iv), ct: sealed.ct },
      { iv: sealed.iv },
      null,
    ];
    for (const record of malformed) {
      await expect(open(key, record as Sealed, 'entry:1')).rejects.toBeInstanceOf(
        DamagedRecordError,
      );
    }
  });

  it('lets programming errors through instead of calling them damage', async () => {
    const encryptOnly = await subtle().importKey('raw', randomBytes(32), 'AES-GCM', false, [
      'encrypt',
    ]);
    const sealed = await seal(encryptOnly, utf8Encode('x'), 'a');
    const error: unknown = await open(encryptOnly, sealed, 'a').catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(DamagedRecordError);
  });
});

describe('sealJson and openJson', () => {
  it('round-trips JSON values', async () => {
    const value = {
      title: 'Min første dag i skolen 🎒',
      people: ['p1'],
      date: { year: 2015, approx: true },
    };
    expect(await openJson(key, await sealJson(key, value, 'entry:9'), 'entry:9')).toEqual(value);
  });

  it('binds JSON to its slot too', async () => {
    const sealed = await sealJson(key, { a: 1 }, 'person:1');
    await expect(openJson(key, sealed, 'person:2')).rejects.toBeInstanceOf(DamagedRecordError);
  });

  it('refuses values JSON cannot hold', async () => {
    await expect(sealJson(key, undefined, 'x')).rejects.toBeInstanceOf(TypeError);
  });

  it('reports authenticated bytes that are not JSON as damage', async () => {
    const sealed = await seal(key, utf8Encode('{not json'), 'x');
    await expect(openJson(key, sealed, 'x')).rejects.toBeInstanceOf(DamagedRecordError);
  });
});

describe('sealBlob and openToBlob', () => {
  it('round-trips the bytes and sets the MIME type', async () => {
    const bytes = randomBytes(5000);
    const sealed = await sealBlob(key, new Blob([bytes], { type: 'image/jpeg' }), 'photo:1');
    const blob = await openToBlob(key, sealed, 'photo:1', 'image/jpeg');
    expect(blob.type).toBe('image/jpeg');
    expect(blob.size).toBe(5000);
    expect(toHex(await blob.arrayBuffer())).toBe(toHex(bytes));
  });

  it('refuses a photo opened in the wrong slot', async () => {
    const sealed = await sealBlob(key, new Blob([randomBytes(10)]), 'photo:1');
    await expect(openToBlob(key, sealed, 'photo:1:thumb', 'image/jpeg')).rejects.toBeInstanceOf(
      DamagedRecordError,
    );
  });
});
