import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

import { runTool, withTempDir } from './media-tools';

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
