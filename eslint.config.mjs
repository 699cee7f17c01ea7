// Lint: typescript-eslint's recommended type-checked rules, promises never left floating, and the
// language service kept pure (no editor, LSP connection, file system, native addon or process state).
import { resolve } from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { pureService, serviceImportRestrictions } from './scripts/lint/pureService.mjs';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'bench/node_modules/**',
      'bench/.generated/**',
      'test/e2e/.artifacts/**',
      '**/*.mjs',
      '**/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // node:test's test() and describe() return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: ['test', 'describe', 'it', 'suite', 'before', 'after', 'beforeEach', 'afterEach'],
            },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Chinese text is full of ideographic spaces (U+3000) in strings, templates and patterns.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipTemplates: true, skipComments: true, skipRegExps: true },
      ],
      // Namespaces type the custom LSP messages, as vscode-languageserver's own protocol does.
      '@typescript-eslint/no-namespace': 'off',
      // The bundles load nodejieba with require() so esbuild leaves it outside.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['server/src/service/**/*.ts'],
    plugins: { 'policy-lens': { rules: { 'pure-service': pureService } } },
    rules: {
      'no-restricted-imports': ['error', serviceImportRestrictions],
      'policy-lens/pure-service': [
        'error',
        {
          root: resolve(import.meta.dirname, 'server/src/service'),
          allowedFiles: [resolve(import.meta.dirname, 'server/src/protocol.ts')],
        },
      ],
      'no-restricted-globals': ['error', { name: 'console', message: 'The service logs through its injected logger.' }],
      'no-restricted-properties': [
        'error',
        ...['env', 'cwd', 'argv', 'exit'].map((property) => ({
          object: 'process',
          property,
          message: 'The service takes its settings and workspace injected.',
        })),
      ],
    },
  },
);
