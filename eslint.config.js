// Type-aware linting: no floating promises, type-only imports, and the rest of
// typescript-eslint's recommended type-checked rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Fixture pages' own scripts are plain browser JavaScript, as a web page would have.
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'eslint.config.js',
      'tests/browser/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      // Node scripts; the code they run inside a page (page.evaluate) sees browser globals.
      globals: Object.fromEntries(
        [
          'console',
          'process',
          'performance',
          'URL',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'window',
          'document',
          'chrome',
          'CSS',
          'Node',
          'NodeFilter',
          'PerformanceObserver',
          'requestAnimationFrame',
          'Mark',
          'Range',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
);
