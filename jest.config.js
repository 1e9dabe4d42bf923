/** Jest: TypeScript through ts-jest (transpile only; `npm run typecheck` checks the types). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  // restify's unused spdy dependency, replaced by a stand-in without the DEP0111 warning: see src/bot/noSpdy.ts
  moduleNameMapper: { '^spdy$': '<rootDir>/src/bot/noSpdy.ts' },
  testTimeout: 20000,
  reporters: ['default', '<rootDir>/tests/helpers/summaryReporter.js'],
};
