import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

import { cleanBeside, runTool, withTempDir } from './media-tools';

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
