/** Reading a zip: CRC-32, the central directory, and one entry at a time within a byte budget. */
export { crc32 } from './crc32';
export {
  readCentralDirectory,
  type CentralDirectory,
  type CentralLimits,
  type ZipEntry,
} from './zip-central';
export { extractEntry, type Budget, type Extracted } from './zip-extract';
