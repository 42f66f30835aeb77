/**
 * How big the network map is drawn: `scale` is screen pixels per map unit. The map is drawn
 * 1240 units wide; on a phone that would make names a few pixels high, so a narrow screen starts
 * zoomed in far enough to read and tap, and the child pans and zooms from there.
 */

/** Names of people are drawn at least 14 units high (`nodeShape`): at this scale, 12 px. */
export const READABLE_SCALE = 12 / 14;
/** Smallest finger target (WCAG 2.5.5 and Apple/Android guidance), in CSS pixels. */
export const TARGET_PX = 44;
export const MIN_SCALE = 0.2;
export const MAX_SCALE = 3;
/** One press of + or − zooms by a quarter. */
export const ZOOM_STEP = 1.25;

export function clampScale(scale: number): number {
  if (!Number.isFinite(scale)) return 1;
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** The scale at which the whole map fits a box of this size. */
export function fitScale(
  box: { width: number; height: number },
  map: { width: number; height: number },
): number {
  const byWidth = box.width / map.width;
  const byHeight = box.height > 0 ? box.height / map.height : byWidth;
  return clampScale(Math.min(byWidth, byHeight));
}

/**
 * The first scale: the whole map where there is room for it to be readable, otherwise readable
 * (names at least 12 px, people at least 44 px to tap) with the rest a pan away. On a phone and
 * on a 1024×768 tablet alike: the whole map fits a tablet's frame only at about 0.55, where names
 * would be 8 px, so a tablet too starts readable and pans ("Whole map" still shows it all).
 */
export function startScale(
  box: { width: number; height: number },
  map: { width: number; height: number },
): number {
  return Math.max(fitScale(box, map), READABLE_SCALE);
}

/** A person's tap target in map units, so it is at least TARGET_PX on screen at this scale. */
export function minTargetRadius(scale: number): number {
  return TARGET_PX / 2 / clampScale(scale);
}

/**
 * Where to scroll so that the map point under `at` (a point in the frame, CSS px) stays under it
 * when the scale changes from `from` to `to`.
 */
export function scrollForZoom(
  scroll: { left: number; top: number },
  at: { x: number; y: number },
  from: number,
  to: number,
): { left: number; top: number } {
  const ux = (scroll.left + at.x) / from;
  const uy = (scroll.top + at.y) / from;
  return { left: ux * to - at.x, top: uy * to - at.y };
}
