// Lint rules; max-lines enforces the house rule of at most 200 lines for every source file.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const maxLines = { 'max-lines': ['error', { max: 200, skipBlankLines: false, skipComments: false }] };

export default tseslint.config(
  { ignores: ['node_modules/**', '.hephaestus/**', 'coverage/**', 'bench/results/**'] },
  {
    files: ['src/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts', 'examples/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      ...maxLines,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', URL: 'readonly', performance: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' } },
    rules: maxLines,
  },
  // The dashboard's client runs in the browser.
  {
    files: ['src/visualizer/client/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: { window: 'readonly', document: 'readonly', fetch: 'readonly', EventSource: 'readonly', location: 'readonly', requestAnimationFrame: 'readonly', URLSearchParams: 'readonly' },
    },
  },
  // Generated modules only carry the line limit: their style is the engine's, not ours.
  { files: ['nodes/**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: maxLines },
);
