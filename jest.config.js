/** Jest: TypeScript through ts-jest (transpile only; `npm run typecheck` checks the types). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  testTimeout: 20000,
  reporters: ['default', '<rootDir>/tests/helpers/summaryReporter.js'],
};
