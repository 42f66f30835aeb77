/**
 * The moving pack (docs/pack-format.md): select, write, read, merge. Pure: no React, no
 * Dexie. The PDF lives in './pdf' (entry `@/pack/pdf`) and is not re-exported here, because pdf-lib and fontkit are
 * large: import it lazily (`await import('@/pack/pdf')`), ideally in a worker.
 */
export type {
  BookData,
  BookRecord,
  PackJson,
  PackPhoto,
  DocumentLabels,
  ExportChoices,
  ExportSelection,
  LeftOut,
} from './types';
export { PackError, isPackError, type PackErrorCode } from './errors';
export { DEFAULT_READ_LIMITS, PAYLOAD, TAG_FILES, type ReadLimits } from './limits';
export { CURRENT_SCHEMA_VERSION, SCHEMA_ID, packJsonSchema, packSchema } from './schema';
export { CHILD_LINK_ID, DEFAULT_EXPORT_CHOICES, selectForExport } from './select';
export {
  packRootName,
  isWindowsReserved,
  mediaFileNames,
  orderPhotos,
  pdfPartFileName,
  slugify,
} from './names';
export { INDEX_HTML_CSP, renderIndexHtml, type RenderHtmlOptions } from './html';
export { renderLaesMig, type LaesMigInput } from './html';
export {
  BAGIT_TXT,
  bagInfoText,
  encodeManifestPath,
  decodeManifestPath,
  manifestText,
  payloadOxum,
  type BagFile,
  type BagInfoInput,
} from './bag';
export { readBagTags, verifyBag, type BagExpectations, type BagTags } from './bag';
export {
  writePack,
  type PackReport,
  type PackSource,
  type PackWriter,
  type WritePackOptions,
} from './write-pack';
export {
  readPack,
  type PackContents,
  type PackReadReport,
  type ReadPackOptions,
  type RefusedPhoto,
} from './read-pack';
export { PACK_SPACE_FACTOR, SpaceError, checkPackSpace, freeBytes, spaceNeeded } from './space';
export { planMerge, type DuplicatePhoto, type MergePlan, type RecordDiff } from './merge';
export { withFreshIds } from './fresh-ids';
export { createStreamHash, hashingStream, type StreamHash } from './stream-hash';
export { withoutPhotos } from './select';
