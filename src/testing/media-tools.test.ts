import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

import {
  cleanBeside,
  exifTags,
  expectCleanedAgainSame,
  expectNoneOf,
  runTool,
  testFilm,
  videoToolsThere,
  withTempDir,
} from './media-tools';

const dir = withTempDir('livsbog-tools-');

describe('withTempDir', () => {
  it('gives an empty folder of its own under the system temp folder', () => {
    expect(dirname(dir())).toBe(tmpdir());
    expect(basename(dir())).toMatch(/^livsbog-tools-/);
    expect(readdirSync(dir())).toEqual([]);
    writeFileSync(join(dir(), 'a.txt'), 'a');
    expect(existsSync(join(dir(), 'a.txt'))).toBe(true);
  });
});

describe('runTool', () => {
  it('gives what the tool wrote, as text', () => {
    expect(runTool(process.execPath, ['-e', 'process.stdout.write("hej")'])).toBe('hej');
  });

  it('throws when the tool fails', () => {
    expect(() => runTool(process.execPath, ['-e', 'process.exit(3)'])).toThrow();
  });
});

describe.skipIf(!videoToolsThere)('exifTags', () => {
  it("reads a film's tags by group, its own file's name among them", () => {
    const path = join(dir(), 'tagged.mp4');
    testFilm(path, ['-metadata', 'title=A test film']);
    const tags = exifTags(path);
    expect(tags['System:FileName']).toBe('tagged.mp4');
    expect(Object.values(tags)).toContain('A test film');
  });
});

describe('cleanBeside', () => {
  it('writes what the cleaner gave beside the file and hands back its path and answer', async () => {
    const src = join(dir(), 'film.mp4');
    writeFileSync(src, 'raw');
    const upper = async (file: Blob) => ({
      blob: new Blob([(await file.text()).toUpperCase()], { type: 'video/mp4' }),
      mime: 'video/mp4',
      info: { durationMs: 1000 },
    });
    const cleaned = await cleanBeside(upper, src);
    expect(cleaned).toEqual({
      out: join(dir(), 'film-clean.mp4'),
      mime: 'video/mp4',
      type: 'video/mp4',
      durationMs: 1000,
    });
    expect(readFileSync(cleaned.out, 'utf8')).toBe('RAW');
    expect(readFileSync(src, 'utf8')).toBe('raw');
  });
});

describe('expectNoneOf', () => {
  it('passes when no word is found, and fails naming a word that is, in bytes or in text', () => {
    const bytes = new TextEncoder().encode('clean bytes');
    expect(() => {
      expectNoneOf(bytes, ['iPhone', '55.6761']);
    }).not.toThrow();
    expect(() => {
      expectNoneOf(bytes, ['iPhone', 'bytes'], 'clip.mp4');
    }).toThrow('clip.mp4: bytes');
    expect(() => {
      expectNoneOf('{"Make":"Apple"}', ['Apple']);
    }).toThrow('Apple');
  });
});

describe('expectCleanedAgainSame', () => {
  it('passes when a second cleaning changes nothing, and fails when it does', async () => {
    const src = join(dir(), 'again.mp4');
    writeFileSync(src, 'raw');
    const same = (file: Blob) => Promise.resolve({ blob: file, mime: 'video/mp4', info: {} });
    await expect(expectCleanedAgainSame((p) => cleanBeside(same, p), src)).resolves.toBeUndefined();
    const growing = async (file: Blob) => ({
      blob: new Blob([await file.text(), '+']),
      mime: 'video/mp4',
      info: {},
    });
    await expect(expectCleanedAgainSame((p) => cleanBeside(growing, p), src)).rejects.toThrow();
  });
});
