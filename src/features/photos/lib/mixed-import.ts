import type { Photo } from '@/domain';

/** Where a file goes, decided from its first bytes (never its name): see `routeOf`. */
export type FileRoute = 'photo' | 'video' | 'paper';

/** What any of the imports reports (photos, videos, papers share this shape). */
export interface PartSummary<R extends string = string> {
  added: Photo[];
  duplicates: Photo[];
  failed: { name: string; reason: R }[];
  cancelled: boolean;
}

export interface PartOptions {
  onProgress?: (p: { done: number; total: number }) => void;
  signal?: AbortSignal;
}

export type PartImport<R extends string = string> = (
  bookId: string,
  files: File[],
  opts: PartOptions,
) => Promise<PartSummary<R>>;

/** A file that failed, with the area whose words say why (`<area>.failure.<reason>`). */
export interface MixedFailure {
  name: string;
  /** Which import refused it; none is the photo import. */
  route?: FileRoute;
  reason: string;
}

export interface MixedSummary {
  added: Photo[];
  duplicates: Photo[];
  failed: MixedFailure[];
  cancelled: boolean;
}

export interface MixedImportDeps {
  /** The route of a file from its first bytes. */
  routeOf: (file: File) => Promise<FileRoute>;
  /** The photo import takes everything no other import is wired for, and names what it refuses. */
  importers: { photo: PartImport } & Partial<Record<Exclude<FileRoute, 'photo'>, PartImport>>;
}

const ORDER: readonly FileRoute[] = ['photo', 'video', 'paper'];

/** Files by the import that takes them; a route with no import wired goes to the photo import. */
export async function splitByRoute(
  files: readonly File[],
  deps: MixedImportDeps,
): Promise<Map<FileRoute, File[]>> {
  const groups = new Map<FileRoute, File[]>();
  for (const file of files) {
    const wanted = await deps.routeOf(file);
    const route = deps.importers[wanted] ? wanted : 'photo';
    groups.set(route, [...(groups.get(route) ?? []), file]);
  }
  return groups;
}

/**
 * One import of a mixed batch (photos, videos and PDFs dropped together): each kind goes to its
 * own import in turn, with one progress count over every file and one summary naming every
 * failure with its own area's reason. Stop (the signal) ends the running part and skips the rest.
 */
export async function importMixed(
  bookId: string,
  files: readonly File[],
  opts: PartOptions,
  deps: MixedImportDeps,
): Promise<MixedSummary> {
  const groups = await splitByRoute(files, deps);
  const out: MixedSummary = { added: [], duplicates: [], failed: [], cancelled: false };
  let before = 0;
  for (const route of ORDER) {
    const group = groups.get(route);
    const run = deps.importers[route];
    if (!group || !run) continue;
    if (opts.signal?.aborted) {
      out.cancelled = true;
      break;
    }
    const offset = before;
    const part = await run(bookId, group, {
      signal: opts.signal,
      onProgress: ({ done }) => opts.onProgress?.({ done: offset + done, total: files.length }),
    });
    before += group.length;
    out.added.push(...part.added);
    out.duplicates.push(...part.duplicates);
    out.failed.push(...part.failed.map((f) => ({ name: f.name, route, reason: f.reason })));
    out.cancelled ||= part.cancelled;
    opts.onProgress?.({ done: before, total: files.length });
  }
  return out;
}
