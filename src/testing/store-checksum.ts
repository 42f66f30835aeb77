/**
 * One SHA-256 over every row of every table, in table-name and primary-key order, with Blob and
 * byte contents included: equal checksums before and after a failed import prove it wrote
 * nothing, not even into a table the test did not think to look at.
 */
import { createHash } from 'node:crypto';

import { dumpAllStores } from './db-helpers';

export async function storeChecksum(): Promise<string> {
  return createHash('sha256')
    .update(await dumpAllStores())
    .digest('hex');
}
