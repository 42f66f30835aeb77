/**
 * How much of the device's free storage a moving pack may fill. A pack is sealed photo by photo
 * before the commit stores everything at once, so for a moment its photos exist twice (the sealed
 * copies waiting, and the rows being written): it must fit twice into what is free. The check
 * runs on the sizes the pack declares, before one photo is extracted, so a small zip that would
 * inflate to gigabytes is refused before it costs any time or space.
 */
import { PackError } from './errors';

export const PACK_SPACE_FACTOR = 2;

/** Not enough room for the pack: both figures in bytes, for a message that gives them. */
export class SpaceError extends PackError {
  constructor(
    readonly needed: number,
    readonly free: number,
  ) {
    super('not-enough-space', `needs ${String(needed)} bytes, ${String(free)} free`);
  }
}

/**
 * The storage an import of `bytes` (every item of every kind, as declared, and livsbog.json)
 * needs while it runs. Big items (voice notes, videos, papers) are written in pieces before the
 * commit, so they too exist twice for a moment: once staged, once as the sealed copy read in.
 */
export function spaceNeeded(bytes: number): number {
  return bytes * PACK_SPACE_FACTOR;
}

/** Throws a SpaceError when the pack does not fit; `free` undefined means the browser did not say. */
export function checkPackSpace(bytes: number, free: number | undefined): void {
  if (free === undefined || !Number.isFinite(free)) return;
  const needed = spaceNeeded(bytes);
  if (needed > free) throw new SpaceError(needed, Math.max(0, free));
}

/** Free bytes from a storage estimate, or undefined when the browser gives no figures. */
export function freeBytes(
  usage: number | undefined,
  quota: number | undefined,
): number | undefined {
  if (usage === undefined || quota === undefined) return undefined;
  return Math.max(0, quota - usage);
}
