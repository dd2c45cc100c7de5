const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', diagnostics: false }],
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 15000,
  projects: [
    {
      displayName: 'sdk',
      testEnvironment: 'node',
      roots: ['<rootDir>/test', '<rootDir>/examples'],
      testMatch: ['**/*.test.ts', '<rootDir>/examples/**/*.test.js'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
      transform,
      // The framework fixtures have their own node_modules and are built by scripts/frameworks/run.js, not jest.
      modulePathIgnorePatterns: ['<rootDir>/test/frameworks/'],
      testTimeout: 15000,
    },
    {
      // The layout test in a real Chromium: one browser for the run, started by the global setup.
      displayName: 'browser',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/browser'],
      testMatch: ['**/*.test.ts'],
      transform,
      testTimeout: 30000,
      globalSetup: '<rootDir>/test/browser/global-setup.js',
      globalTeardown: '<rootDir>/test/browser/global-teardown.js',
    },
  ],
};
