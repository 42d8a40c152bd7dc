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
);
