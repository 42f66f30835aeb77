import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import i18next from 'eslint-plugin-i18next';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { fileURLToPath } from 'node:url';

/**
 * Layers of docs/architecture.md. Imports flow one way: domain → crypto/db/pack → features → app.
 * `domain`, `crypto`, `db` and `pack` know nothing of React; features never import each other.
 */
const elements = [
  { type: 'app', pattern: 'src/app/**', partialMatch: false },
  { type: 'feature', pattern: 'src/features/*/**', partialMatch: false, capture: ['feature'] },
  { type: 'components', pattern: 'src/components/**', partialMatch: false },
  { type: 'hooks', pattern: 'src/hooks/**', partialMatch: false },
  { type: 'i18n', pattern: 'src/i18n/**', partialMatch: false },
  { type: 'workers', pattern: 'src/workers/**', partialMatch: false },
  { type: 'media', pattern: 'src/media/**', partialMatch: false },
  { type: 'pack', pattern: 'src/pack/**', partialMatch: false },
  { type: 'db', pattern: 'src/db/**', partialMatch: false },
  { type: 'crypto', pattern: 'src/crypto/**', partialMatch: false },
  { type: 'domain', pattern: 'src/domain/**', partialMatch: false },
  { type: 'test-support', pattern: 'src/testing/**', partialMatch: false },
];

const pure = ['domain', 'crypto', 'db', 'pack', 'workers', 'media'];

/** Layers entered only through their index (`@/db`), apart from a few second entries that carry
 * heavy code (pdf-lib, libheif) or storage and so must stay out of workers and the first load. */
const indexed = ['db', 'crypto', 'domain', 'pack', 'media', 'components', 'hooks', 'i18n'];
const entries =
  '{index.ts,pdf/index.ts,paper/index.ts,export-job.ts,heic-to-jpeg.ts,import-photos.ts,import-papers.ts,import-videos.ts,fill-missing-posters.ts}';
const aliasResolver = fileURLToPath(
  new URL('./scripts/eslint-alias-resolver.cjs', import.meta.url),
);

export default tseslint.config(
  {
    ignores: ['dist', 'dev-dist', 'node_modules', 'coverage', 'bench', 'public', '.tmp'],
  },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-definitions': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { boundaries, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, i18next },
    settings: {
      'boundaries/elements': elements,
      'boundaries/include': ['src/**/*'],
      // The `@/` alias resolves to src/, so the layer rules hold for alias imports too.
      'import/resolver': {
        [aliasResolver]: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
      },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: ['aria-label', 'title', 'alt', 'placeholder', 'label', 'aria-description'],
          },
        },
      ],
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              // From outside a layer, only its index: `@/db`, never `@/db/books-repo`.
              from: { element: { types: { anyOf: elements.map((e) => e.type) } } },
              disallow: {
                to: { element: { types: { anyOf: indexed }, fileInternalPath: `!${entries}` } },
              },
              message: 'Import this layer through its index (@/layer), not a file inside it.',
            },
            {
              from: { element: { types: { anyOf: pure } } },
              disallow: {
                to: {
                  element: {
                    types: {
                      anyOf: ['app', 'feature', 'components', 'hooks', 'i18n'],
                    },
                  },
                },
              },
            },
            {
              // The exported book's words come from the app's i18next resources (createDocumentI18n).
              from: { element: { types: { anyOf: ['pack', 'workers'] } } },
              allow: { to: { element: { type: 'i18n' } } },
            },
            {
              from: { element: { types: { anyOf: ['domain', 'crypto', 'pack', 'workers'] } } },
              disallow: {
                to: { element: { type: 'db' } },
              },
            },
            {
              from: { element: { types: { anyOf: ['domain'] } } },
              disallow: { to: { element: { types: { anyOf: ['crypto', 'pack'] } } } },
            },
            {
              from: { element: { type: 'feature' } },
              disallow: {
                to: [
                  { element: { type: 'app' } },
                  {
                    element: {
                      type: 'feature',
                      captured: { feature: '!{{ from.element.captured.feature }}' },
                    },
                  },
                ],
              },
            },
            {
              from: { element: { types: { anyOf: ['components', 'i18n'] } } },
              disallow: { to: { element: { types: { anyOf: ['app', 'feature'] } } } },
            },
            {
              // Shared hooks serve several features, so they may know none of them.
              from: { element: { type: 'hooks' } },
              disallow: {
                to: { element: { types: { anyOf: ['app', 'feature'] } } },
              },
            },
          ],
        },
      ],
    },
  },
  {
    // Packages are fenced by layer too: only db/ touches Dexie; the pure layers know no React.
    files: [
      'src/domain/**',
      'src/crypto/**',
      'src/pack/**',
      'src/workers/**',
      'src/db/**',
      'src/media/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'dexie-react-hooks'],
              message: 'This layer knows nothing of React.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/domain/**',
      'src/crypto/**',
      'src/pack/**',
      'src/workers/**',
      'src/media/**',
      'src/features/**',
      'src/components/**',
      'src/hooks/**',
      'src/app/**',
      'src/i18n/**',
    ],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dexie', message: 'Only src/db touches Dexie.' }] },
      ],
    },
  },
  {
    files: ['src/domain/**', 'src/crypto/**', 'src/pack/**', 'src/workers/**', 'src/media/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Only src/db touches Dexie.' }],
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'dexie-react-hooks'],
              message: 'This layer knows nothing of React.',
            },
          ],
        },
      ],
    },
  },
  {
    // App code never reaches test support or Node: builders, fixtures and arbitraries live in
    // src/testing (outside the app build), and the app runs in a browser.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'App code runs in the browser: no Node modules.' },
            {
              group: ['**/testing', '**/testing/**', '@/testing', '@/testing/**'],
              message: 'Test builders and fixtures are for tests only (src/testing).',
            },
            {
              // Test runners and their builders: arbitraries, a fake IndexedDB, DOM queries.
              group: [
                'vitest',
                'fast-check',
                'fake-indexeddb',
                'fake-indexeddb/*',
                '@testing-library/*',
              ],
              message: 'Test tools are for tests only (src/testing and *.test.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // Functions of about 80 lines at most (issue 13): longer ones split into named hooks,
    // sub-components and helpers. Tests are free (a describe block may be long).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'i18next/no-literal-string': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['tests/**/*.{ts,mjs}', 'scripts/**/*.mjs', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tool configs must default-export by their tools' contract.
    files: ['*.config.{ts,js}'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
