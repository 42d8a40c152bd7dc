// Lint: TypeScript rules, and the core kept pure (no Office.js, DOM, Node or ExcelJS in src/core).
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'coverage/**', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', '@fluentui/*', 'exceljs', 'fs', 'path', 'node:*', 'os', 'stream', 'crypto', 'child_process', '../hosts/*', '../../hosts/*', '../taskpane/*', '../cli/*'] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'process', 'require', 'Buffer', 'fetch', 'XMLHttpRequest'],
    },
  },
  // The task pane reaches a workbook only through the interface in src/hosts/workbook.ts.
  {
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    ignores: [
      // Bootstrap: the browser mode's worker constructs the file host it serves, and writes the sample with it.
      'src/taskpane/worker/file-service.ts',
      'src/taskpane/worker/sample.ts',
      // Bootstrap: several picked workbooks are read in the worker with the same reader as one file.
      'src/taskpane/worker/read-many.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/hosts/*/**', '**/hosts/*', '!**/hosts/workbook'], message: 'The task pane reaches hosts only through hosts/workbook.' }] }],
    },
  },
);
