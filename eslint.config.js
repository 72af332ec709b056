// ESLint (flat config): Microsoft's Office Add-ins rules (load before read, sync after load, isNullObject, no sync
// in loops...), TypeScript's recommended rules, React and hooks rules for the task pane, and Prettier for the format.
// eslint-plugin-office-addins' own "recommended" config loses its TypeScript parser (it reads the parser module's
// `default`, which @typescript-eslint/parser does not have), so its rules are taken here with the parser set directly.
const js = require('@eslint/js');
const tsParser = require('@typescript-eslint/parser');
const tsPlugin = require('@typescript-eslint/eslint-plugin');
const officeAddins = require('eslint-plugin-office-addins');
const prettier = require('eslint-plugin-prettier');
const prettierOff = require('eslint-config-prettier');
const react = require('eslint-plugin-react');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');

// the Office rules only (formatting is held by the prettier rule below, for every file)
const officeRules = Object.fromEntries(Object.entries(officeAddins.configs.recommended[2].rules).filter(([k]) => k.startsWith('office-addins/')));

module.exports = [
  { ignores: ['node_modules/**', 'lib/**', 'dist/**', 'dist-test/**', 'build/**', 'out/**', 'coverage/**', 'test-artifacts/**', 'src/gas/functions.js'] },
  js.configs.recommended,
  prettierOff,
  {
    files: ['**/*.{js,cjs,ts,tsx}'],
    plugins: { '@typescript-eslint': tsPlugin, 'office-addins': officeAddins, prettier },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.node, ...globals.browser, ...globals.jest },
    },
    rules: {
      ...tsPlugin.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Prettier formats the repository (npm run format); this rule holds it to that
      'prettier/prettier': 'error',
      // TypeScript itself checks names and overloads
      'no-undef': 'off',
      'no-redeclare': 'off',
      'no-unused-vars': 'off',
    },
  },
  // Microsoft's Office rules where office-js is used (they read any `.load`, `.value` or `.text` as Excel's)
  { files: ['src/hosts/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts'], rules: officeRules },
  {
    files: ['src/taskpane/**/*.tsx'],
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: 'detect' } },
    rules: { ...react.configs.recommended.rules, ...reactHooks.configs.recommended.rules, 'react/react-in-jsx-scope': 'off', 'react/prop-types': 'off' },
  },
  { files: ['**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // a fake's property objects keep a handle on the fake itself
  { files: ['test/fakes/**/*.ts'], rules: { '@typescript-eslint/no-this-alias': 'off' } },
];
