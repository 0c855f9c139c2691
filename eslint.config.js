import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The modules `npm run registry` generates (src/registry.ts and one entry per data/frameworks/*.json):
// not hand-written, so outside the size rule below.
const registryFiles = [
  'src/registry.ts',
  ...readdirSync(new URL('data/frameworks/', import.meta.url))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `src/${f.replace(/\.json$/, '.ts')}`),
];

// Type-aware lint (typescript-eslint `recommendedTypeChecked`, with the project service) for the
// TypeScript sources, tests and scripts; the plain recommended rules for JavaScript files. The
// import-cycle check is scripts/check-cycles.ts, run after eslint by `npm run lint`.
export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'docs/api/**', 'docs/explorer/**', 'src/generated/**', 'node_modules/**', '.tmp/**', 'reports/**', '.stryker-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // tests and scripts read JSON of a known format (`as any` fixtures are marked one by one)
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // in the library's own code, any is an error: only tests and scripts may read untyped JSON
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['test/e2e/**/*.mjs'],
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', localStorage: 'readonly', sessionStorage: 'readonly', HTMLInputElement: 'readonly' },
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // no hand-written source file over 400 lines (issue 15), every line counted: comments and blank
    // lines too, so that a file cannot pass by the way it is written. src/generated/ is ignored above.
    files: ['src/**/*.ts', 'explorer/**/*.ts', 'scripts/**/*.ts', 'scripts/**/*.mjs'],
    ignores: registryFiles,
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }] },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        require: 'readonly',
        exports: 'writable',
        module: 'writable',
        URL: 'readonly',
        structuredClone: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
