import { z } from 'zod';

/**
 * The third-party notices the build writes to `licences.json` (scripts/vite-licences.ts): every
 * npm package bundled into the app or a worker, with its licence text, plus libheif-js, which is
 * shipped as its own file.
 */
const noticePackage = z.object({
  name: z.string().min(1),
  version: z.string(),
  license: z.string(),
  author: z.string().optional(),
  repository: z.string().optional(),
  licenseText: z.string().optional(),
  noticeText: z.string().optional(),
  shippedAs: z.string().optional(),
});

const notices = z.object({
  own: z.string(),
  packages: z.array(noticePackage),
});

export type NoticePackage = z.infer<typeof noticePackage>;
export type Notices = z.infer<typeof notices>;

/** Why the list could not be shown: not fetched (offline, not cached) or not readable. */
export class NoticesError extends Error {
  constructor(readonly reason: 'unavailable' | 'damaged') {
    super(`licences.json ${reason}`);
    this.name = 'NoticesError';
  }
}

export const noticesUrl = `${import.meta.env.BASE_URL}licences.json`;

export function parseNotices(value: unknown): Notices {
  const parsed = notices.safeParse(value);
  if (!parsed.success) throw new NoticesError('damaged');
  return parsed.data;
}

export async function fetchNotices(fetcher: typeof fetch = fetch): Promise<Notices> {
  let res: Response;
  try {
    res = await fetcher(noticesUrl);
  } catch {
    throw new NoticesError('unavailable');
  }
  if (!res.ok) throw new NoticesError('unavailable');
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new NoticesError('damaged');
  }
  return parseNotices(body);
}

/** A package's source as a web address, or undefined when it is not one (so no odd link). */
export function webAddress(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const https = url.replace(/^git:\/\//, 'https://');
  return /^https:\/\/[^\s"<>]+$/.test(https) ? https : undefined;
}
