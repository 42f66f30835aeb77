import { toHex } from './bytes';
import { createDataKey } from './data-key';
import { createDeviceKey, unwrapWithDeviceKey, wrapWithDeviceKey } from './device-key';
import { WrongSecretError } from './errors';
import { subtle } from './webcrypto';

describe('device key', () => {
  it('is a non-extractable AES-GCM-256 key whose bytes cannot be read out', async () => {
    const deviceKey = await createDeviceKey();
    expect(deviceKey.extractable).toBe(false);
    expect(deviceKey.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(subtle().exportKey('raw', deviceKey)).rejects.toThrow();
  });

  it('wraps and unwraps the data key', async () => {
    const deviceKey = await createDeviceKey();
    const { raw } = await createDataKey();
    const wrapped = await wrapWithDeviceKey(raw, deviceKey);
    expect(typeof wrapped.iv).toBe('string');
    expect(toHex(await unwrapWithDeviceKey(wrapped, deviceKey))).toBe(toHex(raw));
  });

  it('does not unwrap with another device’s key', async () => {
    const { raw } = await createDataKey();
    const wrapped = await wrapWithDeviceKey(raw, await createDeviceKey());
    await expect(unwrapWithDeviceKey(wrapped, await createDeviceKey())).rejects.toBeInstanceOf(
      WrongSecretError,
    );
  });
});
