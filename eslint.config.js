import js from '@eslint/js';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'node_modules/',
      'artifacts/',
      'coverage/',
      'web-ext-artifacts/',
      'gateway/dist/',
      'gateway/.data/',
      'gateway/.scratch/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Personal data must never reach a log: console.log is banned; errors log kinds only.
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: '19' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Every UI string comes from the catalogue (lib/i18n): no text literal in JSX.
      'react/jsx-no-literals': [
        'error',
        {
          noStrings: true,
          ignoreProps: true,
          allowedStrings: ['·', '–', '—', '×', '…', '/', ':', '(', ')', '•', '|'],
        },
      ],
      'react/jsx-no-target-blank': 'error',
    },
  },
  {
    // Command-line tools, tests, the simulator and build scripts may print.
    files: ['scripts/**', 'simulator/**', 'e2e/**', 'bench/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-console': 'off' },
  },
);
