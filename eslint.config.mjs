import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'miniprogram_dist/**',
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'demo-miniprogram/miniprogram_npm/**',
      // the framework fixtures: their own lint-free app code, dependencies and build output
      'test/frameworks/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'wx', message: 'Only the platform/wx-* defaults may touch wx.' },
        'atob',
        'btoa',
        'Buffer',
        'TextDecoder',
        'TextEncoder',
        'URL',
        'fetch',
        'AbortController',
      ],
    },
  },
  {
    files: ['src/platform/wx-*.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node }, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // an integrator's jest tests, as testing/README.md shows them: jest's globals
    files: ['examples/page-test/pages/**/*.test.js'],
    languageOptions: { globals: { ...globals.jest } },
  },
  {
    files: ['demo-miniprogram/**/*.js'],
    languageOptions: {
      globals: {
        wx: 'readonly',
        App: 'readonly',
        Page: 'readonly',
        Component: 'readonly',
        getApp: 'readonly',
        getCurrentPages: 'readonly',
      },
    },
  },
  {
    // Shipped as written: ES2015 syntax only.
    files: ['src/components/**/*.js'],
    languageOptions: { ecmaVersion: 2015, globals: { Component: 'readonly' } },
  },
  {
    files: ['scripts/demo/**/*.js', 'scripts/shots/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.jest } },
  },
  {
    files: ['eslint.config.mjs'],
    languageOptions: { sourceType: 'module' },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
