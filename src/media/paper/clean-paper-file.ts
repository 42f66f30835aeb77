import { sha256Hex } from '@/crypto';
import { MEDIA_LIMITS } from '@/domain';

import { PaperError } from './paper-failure';
import type { PaperCleanOutcome } from './paper-protocol';
import { cleanPdf } from './pdf-clean';

/**
 * One PDF file as the paper worker handles it: the size checked before a byte is read, then
 * cleaned and hashed. Never rejects: a refusal is an outcome with its reason, and anything
 * pdf-lib itself trips over is a damaged file.
 */
export async function cleanPaperFile(file: Blob): Promise<PaperCleanOutcome> {
  if (file.size > MEDIA_LIMITS.paperBytes) return { ok: false, reason: 'too-large' };
  const input = new Uint8Array(await file.arrayBuffer());
  try {
    const clean = await cleanPdf(input);
    return { ok: true, ...clean, sha256: await sha256Hex(clean.bytes) };
  } catch (e) {
    return { ok: false, reason: e instanceof PaperError ? e.reason : 'corrupt' };
  }
}
