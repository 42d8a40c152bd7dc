// The browser tests: the built pane (dist/e2e, from `webpack --mode production --env e2e`) driven
// by playwright-core in Debian's Chromium. Run with `npm run test:e2e`.
/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true }] },
  // A ceiling, not a target: every wait inside is on a condition, so a busy machine only takes longer.
  testTimeout: 600_000,
  maxWorkers: 1,
  globalSetup: '<rootDir>/test/e2e/support/global-setup.js',
};
