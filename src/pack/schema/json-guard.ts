/**
 * livsbog.json is parsed only after cheap checks: valid UTF-8, and nesting no deeper than the
 * format ever needs (JSON.parse is recursive; a file of a million '[' would exhaust the stack or
 * hang the import). Then the version is looked at before the schema, so a pack from a newer
 * app gets "update Livsbog" rather than "broken file".
 */
import { PackError } from '../errors';
import { PACK_FORMAT } from '../limits';
import { CURRENT_SCHEMA_VERSION, checkPackSchema } from './schema';
import type { PackJson } from '../types';

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The deepest nesting of arrays and objects, counted outside strings; stops past `max`. */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i += 1;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth += 1;
      if (depth > max) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
  return false;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export function parsePackJson(bytes: Uint8Array, maxDepth: number): PackJson {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch (e) {
    throw new PackError('bad-json', 'not UTF-8', { cause: e });
  }
  if (jsonDepthExceeds(text, maxDepth)) throw new PackError('too-deep');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new PackError('bad-json', e instanceof Error ? e.message : undefined, { cause: e });
  }
  checkVersion(value);
  return checkPackSchema(value);
}

function checkVersion(value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PackError('schema-invalid', 'not an object');
  }
  const { format, schemaVersion } = value as Record<string, unknown>;
  if (format !== PACK_FORMAT) throw new PackError('schema-invalid', 'format');
  if (typeof schemaVersion === 'number' && Number.isInteger(schemaVersion)) {
    if (schemaVersion > CURRENT_SCHEMA_VERSION) {
      throw new PackError('newer-version', String(schemaVersion));
    }
  }
}
