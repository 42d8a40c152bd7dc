/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: { '^.+\\.tsx?$': 'ts-jest' },
  // Generous ceiling: on a busy 2-core machine a CLI child process can take seconds to start.
  // Tests assert results, never speed (speed lives in `npm run bench`).
  testTimeout: 60_000,
};
