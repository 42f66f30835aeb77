/**
 * Limits of one photo. 60 megapixels holds every phone camera's normal mode (48–50 MP) while a
 * decoded picture (4 bytes a pixel, 240 MB at the limit) still fits a tablet's memory with two
 * import workers running; a 100-megapixel file is refused with a clear message instead.
 */
export const MAX_PIXELS = 60_000_000;
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** Longest side of a thumbnail: a gallery tile of 160 CSS px on a 2× screen. */
export const THUMB_SIDE = 320;
export const THUMB_QUALITY = 0.8;
/** Quality of the JPEG made from a HEIC or AVIF photo: high, the child keeps it for life. */
export const REENCODE_QUALITY = 0.92;
/**
 * Longest side of a photo's print copy, the one the book's PDF draws: sharp on an A4 page at
 * about 170 dpi, and a tenth of a 12 MP photo's bytes. Made at import, where the photo is
 * decoded anyway, so an export never decodes an original (issue 16).
 */
export const PRINT_SIDE = 1400;
export const PRINT_QUALITY = 0.82;
