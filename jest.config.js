/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // the browser tests build the add-in first and are slower
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/closingLineReporter.js'],
};
