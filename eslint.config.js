// The import arrows of docs/architecture.md, enforced:
//   sim ← shell ← backend ← course ← ui ← cli
// A part may import only the parts to its left. A violation fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const parts = ['sim', 'shell', 'backend', 'course', 'ui'];

/** Each part may not import the parts to its right (nor the CLI entry). */
function boundary(part) {
  const right = parts.slice(parts.indexOf(part) + 1);
  const patterns = [...right.map((p) => `**/${p}/**`), '**/cli.js', '**/cli/**'];
  return {
    files: [`src/${part}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: patterns, message: `src/${part} may only import parts to its left: ${parts.slice(0, parts.indexOf(part)).join(', ') || 'nothing'} (docs/architecture.md).` }],
      }],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...parts.map(boundary),
  {
    // The real-Docker backend talks to a real engine only: it must not reach into the simulator.
    files: ['src/backend/docker*.ts', 'src/backend/docker/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/sim/**', '**/shell/**', '**/course/**', '**/ui/**', '**/cli.js'], message: 'The docker backend imports nothing from the simulator.' }] }],
    },
  },
);
