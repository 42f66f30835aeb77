// @vitest-environment node
/*
 * The layer rules hold: ESLint, with the project's own config, reports each kind of import the
 * architecture forbids. The bad files exist only as text handed to ESLint under a path inside
 * src/, so nothing is written to the tree.
 */
import { resolve } from 'node:path';

import { ESLint } from 'eslint';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Only the import rules and the function length: the type-aware rules need a program, which
 * these checks do not.
 */
const eslint = new ESLint({
  cwd: ROOT,
  ruleFilter: ({ ruleId }) =>
    ruleId.startsWith('boundaries/') ||
    ruleId.endsWith('no-restricted-imports') ||
    ruleId === 'max-lines-per-function',
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
});

async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

// Loading the config and its plugins takes seconds on a busy machine.
describe('the lint rules for imports', { timeout: 60_000 }, () => {
  it.each([
    [
      'a feature importing another feature',
      'src/features/books/lint-probe.ts',
      "import { kinEdges } from '@/features/people/lib/kinship';\nexport const x = kinEdges;\n",
      /boundaries\/dependencies/,
    ],
    [
      'a deep path into a layer through the alias',
      'src/features/books/lint-probe.ts',
      "import { listBooks } from '@/db/books-repo';\nexport const x = listBooks;\n",
      /index/,
    ],
    [
      'a deep path into a layer by a relative path',
      'src/features/books/lint-probe.ts',
      "import { listBooks } from '../../db/books-repo';\nexport const x = listBooks;\n",
      /index/,
    ],
    [
      'app code importing a Node module',
      'src/pack/lint-probe.ts',
      "import { createHash } from 'node:crypto';\nexport const x = createHash;\n",
      /no Node modules/,
    ],
    [
      'app code importing a test builder through the alias',
      'src/domain/lint-probe.ts',
      "import { makePerson } from '@/testing/factories';\nexport const x = makePerson;\n",
      /tests only/,
    ],
    [
      'app code importing a test builder by a relative path',
      'src/domain/lint-probe.ts',
      "import { makePerson } from '../testing/factories';\nexport const x = makePerson;\n",
      /tests only/,
    ],
    [
      'app code importing a test tool',
      'src/media/lint-probe.ts',
      "import fc from 'fast-check';\nexport const x = fc;\n",
      /tests only/,
    ],
  ])('reports %s', async (_, path, code, expected) => {
    const found = await problems(path, code);
    expect(found.join('\n')).toMatch(expected);
  });

  it('lets tests and test support use builders and Node, and app code use an index', async () => {
    const builder =
      "import { makePerson } from '@/testing/factories';\nexport const x = makePerson;\n";
    expect(await problems('src/domain/lint-probe.test.ts', builder)).toEqual([]);
    expect(
      await problems(
        'src/testing/lint-probe.ts',
        "import { createHash } from 'node:crypto';\nexport const x = createHash;\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'src/features/books/lint-probe.ts',
        "import { newId } from '@/domain';\nexport const x = newId;\n",
      ),
    ).toEqual([]);
  });
});

describe('the lint rule for long functions', { timeout: 60_000 }, () => {
  /** A function of `n` statements, one line each, besides its first and last line. */
  const fn = (n: number) =>
    `export function probe(): number {\n${Array.from({ length: n }, (_, i) => `  const v${i} = ${i};\n`).join('')}  return 0;\n}\n`;

  it('reports a product function over 80 lines, in every layer', async () => {
    for (const path of [
      'src/features/timeline/lint-probe.ts',
      'src/components/lint-probe.tsx',
      'src/pack/lint-probe.ts',
      'src/db/lint-probe.ts',
    ]) {
      expect((await problems(path, fn(80))).join('\n'), path).toMatch(/max-lines-per-function/);
    }
    expect(await problems('src/pack/lint-probe.ts', fn(70))).toEqual([]);
  });

  it('lets tests and test support be long (a describe block may be)', async () => {
    expect(await problems('src/pack/lint-probe.test.ts', fn(80))).toEqual([]);
    expect(await problems('src/testing/lint-probe.ts', fn(80))).toEqual([]);
  });
});
