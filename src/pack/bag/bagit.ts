/**
 * BagIt (RFC 8493) tag files for the pack. Pure: given each file's path, size and SHA-256, it
 * writes the text; bagit-check.ts reads and verifies it. Paths are relative to the bag root
 * (`data/index.html`); tag files use LF line ends and UTF-8.
 */
import { CURRENT_SCHEMA_VERSION } from '../schema/schema';
import { APP_NAME } from '../limits';
import { localDay } from '../names';
import type { LeftOut } from '../types';

export interface BagFile {
  /** Path inside the bag, e.g. `data/media/0001-photo.jpg` or `bag-info.txt`. */
  path: string;
  bytes: number;
  /** Lower-case hex SHA-256. */
  sha256: string;
}

export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

/** RFC 8493 §2.1.3: CR, LF and % (and only those) are percent-encoded in manifest paths. */
export function encodeManifestPath(path: string): string {
  return path.replace(/[%\r\n]/g, (c) => (c === '%' ? '%25' : c === '\r' ? '%0D' : '%0A'));
}

export function decodeManifestPath(path: string): string {
  return path.replace(/%(25|0D|0A)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** `<octets>.<streams>`: a quick completeness check without hashing anything. */
export function payloadOxum(payload: readonly BagFile[]): string {
  const bytes = payload.reduce((sum, f) => sum + f.bytes, 0);
  return `${bytes}.${payload.length}`;
}

/** `<hex>  <path>` per line, sorted by path so the file is the same for the same bag. */
export function manifestText(files: readonly BagFile[]): string {
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${f.sha256}  ${encodeManifestPath(f.path)}\n`)
    .join('');
}

export interface BagInfoInput {
  baggingDate: Date;
  payload: readonly BagFile[];
  appVersion: string;
  leftOut: LeftOut;
}

// A value must stay on one line (continuation lines exist but simple readers miss them).
function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ');
}

export function bagInfoText(input: BagInfoInput): string {
  const { leftOut: l } = input;
  const fields: [string, string][] = [
    ['Bagging-Date', localDay(input.baggingDate)],
    ['Payload-Oxum', payloadOxum(input.payload)],
    ['Bag-Software-Agent', `${APP_NAME} ${input.appVersion}`],
    [
      'External-Description',
      'A life-story book made with Livsbog. Open data/index.html or data/livsbog.pdf; ' +
        'data/LAES-MIG.txt explains every file (Danish and English).',
    ],
    ['Livsbog-Schema-Version', String(CURRENT_SCHEMA_VERSION)],
    [
      'Livsbog-Left-Out',
      `only-me=${l.onlyMe}; protected-places=${l.protectedPlaces}; ` +
        `hidden-photos=${l.hiddenPhotos}; only-me-photos=${l.onlyMePhotos}`,
    ],
  ];
  return fields.map(([label, value]) => `${label}: ${oneLine(value)}\n`).join('');
}
