/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: { '^.+\\.tsx?$': 'ts-jest' },
  // One generous ceiling for every test: on a busy 2-core machine a child process or a large workbook can take long.
  // Tests assert results, never speed (speed lives in `npm run bench`).
  testTimeout: 180_000,
};
