/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/examples'],
  testMatch: ['**/*.test.ts', '<rootDir>/examples/**/*.test.js'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', diagnostics: false }],
  },
  testTimeout: 15000,
  // The framework fixtures have their own node_modules and are built by scripts/frameworks/run.js, not jest.
  modulePathIgnorePatterns: ['<rootDir>/test/frameworks/'],
};
