/**
 * The book as a PDF. Not re-exported by the pack's top index: pdf-lib and fontkit are large,
 * so this entry (`@/pack/pdf`) is imported lazily, ideally in a worker.
 */
export * from './pdf';
export { DIGITAL_POST } from './pdf-split';
export { jpegFrame, memoryPhotoStore, type PdfPhotoStore, type StoredBytes } from './pdf-stream';
