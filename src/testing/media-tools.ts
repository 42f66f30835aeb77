/**
 * Command-line media tools (ffmpeg, ffprobe, exiftool, qpdf) for tests that check our cleaners
 * against independent parsers: a scratch folder for their files and the calls several tests make.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, expect } from 'vitest';

/**
 * A scratch folder for the tests of the calling file: made before the first, removed with all it
 * holds after the last. Returns a function giving its path (known only once the tests run).
 */
export function withTempDir(prefix: string): () => string {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}

/** A tool's output as text; a tool that fails throws, so a test never reads half an answer. */
export const runTool = (cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { encoding: 'utf8' });

/** ffmpeg and exiftool are both there (CI installs them); the video and voice tests skip if not. */
export const videoToolsThere = existsSync('/usr/bin/ffmpeg') && existsSync('/usr/bin/exiftool');

/** Every tag exiftool finds in a file, by group (`System:FileName`), embedded and unknown ones too. */
export function exifTags(path: string): Record<string, unknown> {
  const json = runTool('/usr/bin/exiftool', ['-j', '-a', '-G1', '-ee', '-u', path]);
  return (JSON.parse(json) as Record<string, unknown>[])[0] ?? {};
}

/** What ffmpeg reports while decoding every frame and sample: '' for a file it plays cleanly. */
export const decodeErrors = (path: string): string =>
  execFileSync('/usr/bin/ffmpeg', ['-v', 'error', '-i', path, '-f', 'null', '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/** A 1 s ffmpeg test picture written to `path` with the extra output `args`; its bytes. */
export function testFilm(path: string, args: string[]): Buffer {
  runTool('/usr/bin/ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=duration=1:size=64x48:rate=5', ...args, path]); // prettier-ignore
  return readFileSync(path);
}

/** What a video or voice cleaner gives back: the cleaned bytes, their type and what it read. */
interface Cleaned<Info> {
  blob: Blob;
  mime: string;
  info: Info;
}

/**
 * Runs `clean` on the file at `path` and writes the result beside it as `<name>-clean.<ext>`, where
 * exiftool, ffprobe and ffmpeg can read it; gives that path with the cleaner's answer.
 */
export async function cleanBeside<Info extends object>(
  clean: (file: Blob) => Promise<Cleaned<Info>>,
  path: string,
): Promise<{ out: string; mime: string; type: string } & Info> {
  const cleaned = await clean(new Blob([readFileSync(path)]));
  const out = path.replace(/(\.\w+)$/, '-clean$1');
  writeFileSync(out, new Uint8Array(await cleaned.blob.arrayBuffer()));
  return { out, mime: cleaned.mime, type: cleaned.blob.type, ...cleaned.info };
}

/**
 * Fails, naming the word (after `label`, when given), for each of `words` still found in `found`:
 * the bytes of a cleaned file, or the text of what a tool read from it.
 */
export function expectNoneOf(
  found: Uint8Array | string,
  words: readonly string[],
  label?: string,
): void {
  const haystack = typeof found === 'string' ? Buffer.from(found, 'utf8') : Buffer.from(found);
  for (const word of words) {
    expect(haystack.includes(Buffer.from(word)), label ? `${label}: ${word}` : word).toBe(false);
  }
}

/** Cleans the file at `path`, then the result again: the second pass must change no byte. */
export async function expectCleanedAgainSame(
  clean: (path: string) => Promise<{ out: string }>,
  path: string,
): Promise<void> {
  const first = await clean(path);
  const second = await clean(first.out);
  expect(readFileSync(second.out).equals(readFileSync(first.out))).toBe(true);
}
