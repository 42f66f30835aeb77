import { toBufferSource, toHex } from './bytes';
import { subtle } from './webcrypto';

/** Lower-case hex SHA-256: photo deduplication and pack manifests (BagIt uses hex). */
export async function sha256Hex(data: Uint8Array | ArrayBuffer): Promise<string> {
  return toHex(await subtle().digest('SHA-256', toBufferSource(data)));
}
