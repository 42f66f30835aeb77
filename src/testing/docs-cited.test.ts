// @vitest-environment node
/*
 * Every document the code and the docs cite is in the repository: a reader who follows
 * "see docs/security.md" must find it here, not on the machine the code was written on.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Where citations are looked for: the code, the tests, the scripts, the tool configs, the docs. */
const FOLDERS = ['src', 'tests', 'scripts', 'docs'];
const TOP_FILES = ['README.md', 'eslint.config.js', 'vite.config.ts', 'vitest.config.ts'];
const TEXT = /\.(?:ts|tsx|js|mjs|cjs|md|css|html)$/;

/**
 * Names that look like citations but are not: file names the licence script looks for inside
 * npm packages.
 */
const NOT_CITATIONS: Readonly<Record<string, readonly string[]>> = {
  'scripts/vite-licences.ts': ['LICENSE.md'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path);
    return TEXT.test(name) ? [path] : [];
  });
}

/** A path ending in `.md`, with or without folders before it. */
const CITED = /(?:\.{1,2}\/)*[\w.-]+(?:\/[\w.-]+)*\.md\b/g;

function found(file: string, cited: string): boolean {
  const places = [dirname(file), ROOT, join(ROOT, 'docs')].map((base) => resolve(base, cited));
  return places.some((p) => !relative(ROOT, p).startsWith('..') && existsSync(p));
}

describe('documents cited in the repository', () => {
  const all = [
    ...FOLDERS.flatMap((f) => files(join(ROOT, f))),
    ...TOP_FILES.map((f) => join(ROOT, f)).filter((f) => existsSync(f)),
  ].filter((f) => f !== import.meta.filename);

  it('finds the files it reads', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.map((f) => relative(ROOT, f))).toContain('eslint.config.js');
  });

  it('every cited document exists inside the repository', () => {
    const missing: string[] = [];
    for (const file of all) {
      const name = relative(ROOT, file);
      const allowed = NOT_CITATIONS[name] ?? [];
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(CITED)) {
        if (allowed.includes(m[0]) || found(file, m[0])) continue;
        missing.push(`${name}: ${m[0]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the product and the docs never point outside the repository', () => {
    // Tests may still read the shared photo fixtures (data, not documents); nothing else may.
    const outside: string[] = [];
    for (const file of all) {
      const name = relative(ROOT, file);
      const testCode = /\.test\.tsx?$|^tests\//.test(name);
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!/\.\.\/shared\b|work\/shared/.test(line)) continue;
        if (testCode && line.includes('shared/fixtures/')) continue;
        outside.push(`${name}: ${line.trim()}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
