// Lint for dockerlings. The part boundaries (sim ← shell ← backend ← course ← ui ← cli) are
// a local rule that resolves every relative import: see eslint/part-boundaries.js.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import partBoundaries from './eslint/part-boundaries.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**', '.ci/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' } },
    plugins: { dockerlings: { rules: { 'part-boundaries': partBoundaries } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Terminal output is made of control characters: matching them is the point.
      'no-control-regex': 'off',
      'dockerlings/part-boundaries': 'error',
    },
  },
);
