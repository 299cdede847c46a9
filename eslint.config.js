// Lint for Lateral: type-aware TypeScript rules plus the layer boundaries in
// build/lint/layers.js and the one message layer in build/lint/messages.js.
// Formatting is Prettier's job (npm run format), not ESLint's.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layers } from './build/lint/layers.js';
import { messages } from './build/lint/messages.js';

export default tseslint.config(
  { ignores: ['dist/**', 'artifacts/**', '.tmp/**', 'node_modules/**', 'public/**', 'tests/fixtures/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unused names are errors, except the deliberate `_name` placeholders.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // A forgotten await is the commonest bug in extension code (storage, messages).
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      // Preact props and hook results are plain objects whose method-shorthand members never
      // use `this`; the rule cannot tell them from class methods, so it only adds noise here.
      '@typescript-eslint/unbound-method': 'off',
      // An async function that implements a Promise-returning seam (storage, messaging, a
      // matcher loader) without awaiting anything is correct code; the rule only flags it.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Plain Node scripts (build, test runner, bench driver) sit outside the TypeScript project.
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  ...layers,
  ...messages,
);
